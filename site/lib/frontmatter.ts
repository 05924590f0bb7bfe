import { frontmatterSchema, type Frontmatter } from './release-meta.ts';

export type FrontmatterResult =
  { ok: true; frontmatter: Frontmatter; body: string } | { ok: false; message: string };

/**
 * Split `standard.md` into its frontmatter and Markdown body. The frontmatter is the fixed,
 * flat `key: value` block of the release-file format (plain or double-quoted scalars), so a
 * strict reader is enough and rejects anything unexpected.
 */
export function splitFrontmatter(text: string): FrontmatterResult {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match)
    return { ok: false, message: 'standard.md does not start with a --- frontmatter block' };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const pair = /^([a-zA-Z]+):\s*(.*)$/.exec(line);
    if (!pair?.[1])
      return { ok: false, message: `unreadable frontmatter line: ${line.slice(0, 40)}` };
    fields[pair[1]] = unquote(pair[2] ?? '');
  }
  const parsed = frontmatterSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `frontmatter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, frontmatter: parsed.data, body: text.slice(match[0].length) };
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  return value;
}
