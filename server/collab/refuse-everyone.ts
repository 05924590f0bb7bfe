import type { CollabAuthenticator } from './identity.ts';

/**
 * The secure default until accounts wire the real authenticator: nobody may open a
 * document. Never replace it with one that lets everyone in.
 */
export const refuseEveryone: CollabAuthenticator = () => ({
  ok: false,
  reason: 'unauthorized',
  message: 'Collaboration sign-in is not available on this server yet.',
});
