// Entry of the browser editor at /edit/: loads the session, then routes.
import { navigate, setNavigate } from './navigation.ts';
import './review/index.ts';
import { createRouter, type View } from './router.ts';
import { loadMe, me } from './session.ts';
import { accountView } from './views/account.ts';
import { draftView } from './views/draft.ts';
import { homeView } from './views/home.ts';
import { notFoundView } from './views/not-found.ts';
import { signInView } from './views/sign-in.ts';

/** Pages outside the draft are loaded on first use, keeping the editor's first load small. */
function lazy(load: () => Promise<View>): View {
  return async (ctx) => (await load())(ctx);
}

/** Views that need a signed-in user send others to the sign-in page, remembering where they were. */
function signedIn(view: View): View {
  return (ctx) => {
    if (me()) return view(ctx);
    const here = location.pathname.replace(/^\/edit\/?/, '');
    navigate(`sign-in${here ? `?next=${encodeURIComponent(here)}` : ''}`, { replace: true });
  };
}

const root = document.getElementById('app');
if (root) {
  const router = createRouter(
    root,
    {
      '': signedIn(homeView),
      'sign-in': signInView,
      account: signedIn(accountView),
      's/:slug': signedIn(draftView),
      's/:slug/releases': signedIn(
        lazy(() => import('./releases/index.ts').then((m) => m.releasesView)),
      ),
      's/:slug/compare': signedIn(
        lazy(() => import('./releases/index.ts').then((m) => m.compareView)),
      ),
      's/:slug/members': signedIn(
        lazy(() => import('./admin/index.ts').then((m) => m.membersView)),
      ),
      'admin/users': signedIn(lazy(() => import('./admin/index.ts').then((m) => m.usersView))),
      'admin/audit': signedIn(lazy(() => import('./admin/index.ts').then((m) => m.auditView))),
    },
    notFoundView,
  );
  setNavigate(router.navigate);
  void loadMe().then(() => router.render());
}
