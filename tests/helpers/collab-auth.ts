import type { CollabAuthenticator } from '../../server/collab/identity.ts';

/**
 * The test authenticator: "editor-<x>" may write, "reader-<x>" may only read, anything
 * else is refused; `?schema=old` is refused with "reload". The user id is the token.
 */
export const testAuthenticator: CollabAuthenticator = ({ token, schemaVersion }) => {
  if (schemaVersion === 'old')
    return { ok: false, reason: 'reload', message: 'The editor is out of date; reload the page.' };
  const match = /^(editor|reader)-[\w-]+$/.exec(token);
  if (!match) return { ok: false, reason: 'unauthorized', message: 'Sign in again.' };
  return {
    ok: true,
    identity: {
      userId: token,
      name: `Name of ${token}`,
      color: match[1] === 'editor' ? '#0a7' : '#a70',
      readOnly: match[1] === 'reader',
      credential: `token:${token}`,
    },
  };
};
