// A check's finding in words, shared by the draft (marks, caret note, outline) and the
// releases page. Kept apart from the editor code so the releases page does not load it.
import { t, type MessageKey } from './index.ts';

/**
 * Use to word a finding for people, by its code; a code this editor does not know (a newer
 * server) falls back to the model's English message.
 */
export function findingText(finding: { code: string; message: string }): string {
  const key = `finding.${finding.code}` as MessageKey;
  const text = t(key);
  return text === key ? finding.message : text;
}
