// Feedback beside the form that caused it, not at the top of a long page: an error is announced
// (role=alert), the fields it names are marked invalid and the first one gets focus.
import type { ApiProblem } from '../api/http.ts';
import { addDescription, h, removeDescription } from '../ui/dom.ts';
import { problemText } from './problem-text.ts';

export interface FormFeedback {
  /** Place this inside the form, next to its submit button. */
  element: HTMLElement;
  /** Call when a new attempt starts: clears the last message and the fields' error marks. */
  clear(): void;
  /** Show a confirmation (announced politely). */
  ok(text: string): void;
  /** Show a failed call: each field error under its field's label, focus on the first field. */
  fail(problem: ApiProblem): void;
}

/** The text of a field's label, to name it in an error ('Full name: at most 120 characters'). */
function labelOf(field: HTMLElement | undefined): string | null {
  const labels = field && 'labels' in field ? (field as HTMLInputElement).labels : null;
  const text = labels?.[0]?.textContent?.trim();
  return text || null;
}

/** Use to turn a problem into one sentence naming the form's own labels rather than API field names. */
export function feedbackText(problem: ApiProblem, fields: Record<string, HTMLElement>): string {
  if (problem.status === 0 || problem.errors.length === 0) return problemText(problem);
  return problem.errors
    .map((e) => `${labelOf(fields[e.field]) ?? e.field}: ${e.message}`)
    .join(' ');
}

/** Use in a form: `fields` maps the API's field names to the inputs that hold them. */
export function formFeedback(id: string, fields: Record<string, HTMLElement>): FormFeedback {
  // Both regions exist from the start: screen readers announce changes to a live region,
  // not a region inserted together with its text.
  const error = h('p', {
    id: `${id}-error`,
    class: 'message error',
    role: 'alert',
    tabindex: '-1',
  });
  const done = h('p', { class: 'message ok', role: 'status' });
  const element = h('div', { class: 'form-feedback' }, error, done);
  const marked = new Set<HTMLElement>();

  function clear(): void {
    error.textContent = '';
    done.textContent = '';
    for (const field of marked) {
      // A field still too long for its length guard stays marked (ui/length-guard.ts).
      const tooLong = (field as HTMLInputElement).validity?.customError === true;
      if (!tooLong) field.removeAttribute('aria-invalid');
      removeDescription(field, error.id);
    }
    marked.clear();
  }

  return {
    element,
    clear,
    ok(text) {
      clear();
      done.textContent = text;
    },
    fail(problem) {
      clear();
      error.textContent = feedbackText(problem, fields);
      for (const e of problem.errors) {
        const field = fields[e.field];
        if (!field) continue;
        field.setAttribute('aria-invalid', 'true');
        addDescription(field, error.id);
        marked.add(field);
      }
      const first = [...marked][0];
      (first ?? error).focus();
    },
  };
}
