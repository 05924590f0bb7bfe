// Typed calls to the accounts API, one function per route the editor uses.
import { api, type ApiResult } from './http.ts';
import {
  AgencyList,
  CreatedToken,
  Me,
  SocketToken,
  StandardList,
  StandardSummary,
  TokenList,
  type Agency,
  type StandardSummary as Standard,
} from './schemas.ts';

/** Use at start-up and after sign-in: who is signed in (401 when nobody). */
export const getMe = () => api('GET', '/me', Me);

/** Use on the sign-in form. */
export const signIn = (email: string, password: string) =>
  api('POST', '/session', Me, { email, password });

/** Use for "Sign out". */
export const signOut = () => api('DELETE', '/session', null);

/** Use on the account page to rename; admins may also send agency (code, null for none). */
export const updateMe = (change: { name?: string; agency?: string | null }) =>
  api('PATCH', '/me', Me, change);

/** Use on the account page's password form. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  api('POST', '/me/password', null, { currentPassword, newPassword });

/** Use on the account page: the caller's live API tokens. */
export const listTokens = () => api('GET', '/me/tokens', TokenList);

/** Use to create an API token; the secret is only in this answer. */
export const createToken = (name: string) => api('POST', '/me/tokens', CreatedToken, { name });

/** Use to revoke one of the caller's API tokens. */
export const revokeToken = (id: string) =>
  api('DELETE', `/me/tokens/${encodeURIComponent(id)}`, null);

/** Use for the socket: a single-use token for HocuspocusProvider. */
export const socketToken = () => api('POST', '/session/socket-token', SocketToken);

/** Use on the home page: the standards the caller may see, with their role. */
export async function listStandards(): Promise<ApiResult<Standard[]>> {
  const result = await api('GET', '/standards', StandardList);
  if (!result.ok) return result;
  return { ok: true, data: Array.isArray(result.data) ? result.data : result.data.standards };
}

/** Use for admins' "New standard" form. */
export const createStandard = (input: { slug: string; title: string; language: string }) =>
  api('POST', '/standards', StandardSummary, input);

/** Use on the account page: agencies a user may pick. */
export async function listAgencies(): Promise<ApiResult<Agency[]>> {
  const result = await api('GET', '/agencies', AgencyList);
  if (!result.ok) return result;
  return { ok: true, data: Array.isArray(result.data) ? result.data : result.data.agencies };
}

/** Use when opening a draft: the standard with the caller's role and its document name. */
export const getStandard = (slug: string) =>
  api('GET', `/standards/${encodeURIComponent(slug)}`, StandardSummary);
