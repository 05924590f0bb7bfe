import { execFile } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../model/index.ts';
import { createApiToken, revokeApiToken } from '../../server/auth/api-tokens.ts';
import { hashSecret } from '../../server/auth/secret-token.ts';
import {
  call,
  PASSWORD,
  seedWorld,
  signIn,
  type World,
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
} from '../helpers/accounts.ts';
import {
  connectClient,
  QuietWebSocket,
  textOf,
  waitFor,
  waitForAcknowledged,
  type TestClient,
} from '../helpers/collab-clients.ts';
import { connectRawClient, frames, type RawClient } from '../helpers/collab-raw-client.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const SCHEMA = `schema=${SCHEMA_VERSION}`;

describe('collaboration socket with real accounts', () => {
  let server: TestServer;
  let world: World;
  let collabUrl = '';
  let doc = '';
  const clients: TestClient[] = [];
  const raws: RawClient[] = [];

  const provider = (token: string, query?: string, name = doc) => {
    const client = connectClient(collabUrl, name, token, query ? { query } : {});
    clients.push(client);
    return client;
  };
  const raw = async (token: string, query?: string, name = doc) => {
    const client = await connectRawClient(query ? `${collabUrl}?${query}` : collabUrl, name, token);
    raws.push(client);
    return client;
  };
  /** A fresh single-use socket token for a signed-in browser session. */
  const socketToken = async (cookie: string) => {
    const res = await call(server.url, '/api/session/socket-token', { method: 'POST', cookie });
    return ((await res.json()) as { token: string }).token;
  };
  /** What the client ends up with: its scope, or the reason it was refused. */
  const outcome = async (client: RawClient) => {
    await waitFor(() => client.authScope !== null || client.authDenied !== null, 'auth answer');
    return client.authScope ?? (client.authDenied ?? '').split(':')[0];
  };

  beforeAll(async () => {
    server = await startTestServer();
    world = await seedWorld(server.db);
    collabUrl = `${server.url.replace(/^http/, 'ws')}/collab`;
    doc = world.standard.document;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    for (const c of raws.splice(0)) c.close();
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('admits each role with the right scope and refuses everyone else', async () => {
    const adminCookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const editorCookie = await signIn(server.url, world.editor.email, PASSWORD);
    const revoked = createApiToken(server.db, world.observer.user.id, 'to revoke');
    revokeApiToken(server.db, world.observer.user.id, revoked.token.id);
    const reused = await socketToken(editorCookie);
    // A socket token dies with its session (signed out) and after its own two minutes.
    const endedCookie = await signIn(server.url, world.reviewer.email, PASSWORD);
    const ofEndedSession = await socketToken(endedCookie);
    await call(server.url, '/api/session', { method: 'DELETE', cookie: endedCookie });
    const stale = await socketToken(editorCookie);
    server.db
      .prepare('UPDATE socket_tokens SET expires_at = 0 WHERE token_hash = ?')
      .run(hashSecret(stale));
    const first = await raw(reused, SCHEMA);
    await outcome(first);

    const cases: [string, () => Promise<RawClient>, string][] = [
      ['admin (browser)', async () => raw(await socketToken(adminCookie), SCHEMA), 'read-write'],
      ['editor (browser)', async () => raw(await socketToken(editorCookie), SCHEMA), 'read-write'],
      ['editor (API token, no schema)', () => raw(world.editor.token), 'read-write'],
      ['reviewer', () => raw(world.reviewer.token, SCHEMA), 'readonly'],
      ['observer', () => raw(world.observer.token), 'readonly'],
      ['stranger', () => raw(world.stranger.token), 'forbidden'],
      ['disabled user', () => raw(world.disabled.token), 'unauthorized'],
      ['revoked token', () => raw(revoked.secret), 'unauthorized'],
      ['reused socket token', () => raw(reused, SCHEMA), 'unauthorized'],
      ['socket token of a signed-out session', () => raw(ofEndedSession, SCHEMA), 'unauthorized'],
      ['expired socket token', () => raw(stale, SCHEMA), 'unauthorized'],
      ['made-up token', () => raw('acc_not-a-real-token'), 'unauthorized'],
      ['browser without schema', async () => raw(await socketToken(editorCookie)), 'reload'],
      [
        'browser with old schema',
        async () => raw(await socketToken(editorCookie), 'schema=0'),
        'reload',
      ],
      ['script with old schema', () => raw(world.editor.token, 'schema=0'), 'reload'],
      [
        'editor on an unknown document',
        () => raw(world.editor.token, undefined, 'standard/00000000-0000-4000-8000-000000000000'),
        'forbidden',
      ],
      [
        'editor on a non-standard name',
        () => raw(world.editor.token, undefined, 'anything-else'),
        'forbidden',
      ],
    ];
    const got: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [name, open, want] of cases) {
      got[name] = (await outcome(await open())) ?? '';
      expected[name] = want;
    }
    expect(got).toEqual(expected);
  });

  it('the browser flow: a provider fetching a fresh socket token on every (re)connect', async () => {
    const cookie = await signIn(server.url, world.editor.email, PASSWORD);
    let issued = 0;
    const socket = new HocuspocusProviderWebsocket({
      url: `${collabUrl}?${SCHEMA}`,
      WebSocketPolyfill: QuietWebSocket,
      delay: 50,
      minDelay: 50,
      maxDelay: 300,
    });
    const browser = new HocuspocusProvider({
      websocketProvider: socket,
      name: doc,
      token: async () => {
        issued += 1;
        return socketToken(cookie);
      },
    });
    browser.attach();
    try {
      await waitFor(() => browser.isSynced, 'browser editor synced');
      expect(browser.authorizedScope).toBe('read-write');
      // Drop the connection: the provider reconnects with a new single-use token.
      socket.webSocket?.close();
      await waitFor(() => issued >= 2 && browser.isSynced, 'reconnected with a new token');
    } finally {
      browser.destroy();
      socket.destroy();
    }
  });

  it('a read-only client changes nothing anyone else sees (updates, sync step 2, broadcast stateless)', async () => {
    const editor = provider(world.editor.token);
    await waitFor(() => editor.provider.isSynced, 'editor synced');
    editor.doc.getText('t').insert(0, 'agreed text');
    await waitForAcknowledged(editor);
    const stateless: string[] = [];
    editor.provider.on('stateless', ({ payload }: { payload: string }) => stateless.push(payload));

    const reviewer = await raw(world.reviewer.token, SCHEMA);
    await waitFor(() => reviewer.synced, 'reviewer synced');
    expect(textOf(reviewer.doc)).toBe('agreed text');

    // Forge changes on a copy of the document and push them every way a client can.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(reviewer.doc));
    const before = Y.encodeStateVector(forged);
    forged.getText('t').insert(0, 'FORGED ');
    const update = Y.encodeStateAsUpdate(forged, before);
    reviewer.sendUpdate(update);
    reviewer.send(frames.syncStep2(doc, update));
    reviewer.send(frames.broadcastStateless(doc, 'forged broadcast'));
    await waitFor(() => reviewer.acks.refused > 0 || reviewer.closed !== null, 'refusal or close');

    // The editor writes again; once a fresh observer sees that, the forged frames were handled.
    editor.doc.getText('t').insert(editor.doc.getText('t').length, '.');
    await waitForAcknowledged(editor);
    const observer = await raw(world.observer.token);
    await waitFor(
      () => observer.synced && textOf(observer.doc) === 'agreed text.',
      'observer sees the edit',
    );
    expect(textOf(editor.doc)).toBe('agreed text.');
    expect(stateless).not.toContain('forged broadcast');
    // Every logged update carries the user who sent it (null: server-side seeding).
    const authors = new Set(server.store.readLog(doc).map((entry) => entry.userId));
    authors.delete(null);
    expect([...authors]).toEqual([world.editor.user.id]);
  });

  it('awareness carries the verified name and colour of the user', async () => {
    const editor = provider(world.editor.token);
    await waitFor(() => editor.provider.isSynced, 'editor synced');
    editor.provider.setAwarenessField('user', { name: 'Someone Else', color: '#000000' });
    const observer = await raw(world.observer.token);
    await waitFor(
      () =>
        [...observer.awareness.getStates().values()].some(
          (s) => (s as { user?: unknown }).user !== undefined,
        ),
      'awareness of the editor',
    );
    const users = [...observer.awareness.getStates().values()].map(
      (s) => (s as { user?: { name: string; color: string } }).user,
    );
    expect(users).toContainEqual(
      expect.objectContaining({ name: world.editor.user.name, color: world.editor.user.color }),
    );
    expect(users.map((u) => u?.name)).not.toContain('Someone Else');
  });

  it('revoking a role over the API closes that user’s open connection at once', async () => {
    const adminCookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const member = await call(
      server.url,
      `/api/standards/${world.standard.slug}/members/${world.stranger.user.id}`,
      {
        method: 'PUT',
        cookie: adminCookie,
        body: { role: 'reviewer' },
      },
    );
    expect(member.status).toBe(201);
    const client = await raw(world.stranger.token);
    expect(await outcome(client)).toBe('readonly');
    const revoke = await call(
      server.url,
      `/api/standards/${world.standard.slug}/members/${world.stranger.user.id}`,
      {
        method: 'DELETE',
        cookie: adminCookie,
      },
    );
    expect(revoke.status).toBe(204);
    await waitFor(() => client.closed !== null, 'socket closed');
    expect(await outcome(await raw(world.stranger.token))).toBe('forbidden');
  });

  it('signing out, changing the password or revoking a token closes the sockets signed in with it', async () => {
    const email = world.reviewer.email;
    const [first, second, third] = [
      await signIn(server.url, email, PASSWORD),
      await signIn(server.url, email, PASSWORD),
      await signIn(server.url, email, PASSWORD),
    ];
    const tabs = [
      await raw(await socketToken(first), SCHEMA),
      await raw(await socketToken(second), SCHEMA),
      await raw(await socketToken(third), SCHEMA),
    ] as [RawClient, RawClient, RawClient];
    for (const tab of tabs) expect(await outcome(tab)).toBe('readonly');

    // Signing out in one window closes that session's editor tabs, and only those.
    expect(
      (await call(server.url, '/api/session', { method: 'DELETE', cookie: first })).status,
    ).toBe(204);
    await waitFor(() => tabs[0].closed !== null, 'signed-out tab closed');

    // A password change ends the other sessions, and their tabs with them.
    const changed = await call(server.url, '/api/me/password', {
      method: 'POST',
      cookie: second,
      body: { currentPassword: PASSWORD, newPassword: 'a different passphrase 2026' },
    });
    expect(changed.status).toBe(204);
    await waitFor(() => tabs[2].closed !== null, 'other session’s tab closed');

    // A revoked API token's socket closes too.
    const script = createApiToken(server.db, world.reviewer.user.id, 'script');
    const scripted = await raw(script.secret);
    expect(await outcome(scripted)).toBe('readonly');
    const revoked = await call(server.url, `/api/me/tokens/${script.token.id}`, {
      method: 'DELETE',
      cookie: second,
    });
    expect(revoked.status).toBe(204);
    await waitFor(() => scripted.closed !== null, 'revoked token’s socket closed');

    // The session that made the changes keeps its tab.
    expect(tabs[1].closed).toBeNull();
    await call(server.url, '/api/me/password', {
      method: 'POST',
      cookie: second,
      body: { currentPassword: 'a different passphrase 2026', newPassword: PASSWORD },
    });
  });

  it('disabling a user over the API closes their connections; the CLI does too, via the audit log', async () => {
    const adminCookie = await signIn(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const editor = await raw(world.editor.token);
    expect(await outcome(editor)).toBe('read-write');
    const res = await call(server.url, `/api/users/${world.editor.user.id}`, {
      method: 'PATCH',
      cookie: adminCookie,
      body: { disabled: true },
    });
    expect(res.status).toBe(200);
    await waitFor(() => editor.closed !== null, 'editor socket closed');
    expect(await outcome(await raw(world.editor.token))).toBe('unauthorized');

    const observer = await raw(world.observer.token);
    expect(await outcome(observer)).toBe('readonly');
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        ['bin/accord.js', 'revoke', world.observer.email, world.standard.slug],
        { env: { ...process.env, DATA_DIR: server.dataDir } },
        (err) => (err ? reject(new Error(err.message)) : resolve()),
      ),
    );
    await waitFor(
      () => observer.closed !== null,
      'observer socket closed after CLI revoke',
      15_000,
    );
  });
});
