// Who a comment is from, as the panel names it. A comment imported from an agency's comment
// table is that agency's; the member who imported it only recorded it, so crediting them
// would misattribute the agency's position to a person.
import type { Comment } from './api.ts';

/** Use wherever a comment's author is shown: the name to show, and who imported it if anyone. */
export function commentAuthor(comment: Pick<Comment, 'author' | 'agency' | 'source'>): {
  name: string;
  importedBy: string | null;
} {
  if (comment.source !== 'import') return { name: comment.author.name, importedBy: null };
  const agency = comment.agency?.name ?? comment.agency?.code ?? null;
  return { name: agency ?? comment.author.name, importedBy: comment.author.name };
}
