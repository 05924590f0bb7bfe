// One way to turn an API problem into a sentence for a status line (shared by admin and release pages).
import type { ApiProblem } from '../api/http.ts';
import { t } from '../i18n/index.ts';

/** Use to show a failed call: field errors first, then the problem's detail or title. */
export function problemText(problem: ApiProblem): string {
  if (problem.status === 0) return t('error.offline');
  const head = problem.detail || problem.title;
  // Field errors that only repeat the detail are left out.
  const fields = problem.errors
    .filter((e) => e.message !== head)
    .map((e) => `${e.field}: ${e.message}`);
  return [head, ...fields].join(' ');
}
