// The release pages of a standard, loaded on demand by the router (main.ts).
export { compareView } from './compare-view.ts';
export { releasesView } from './releases-view.ts';
export { standardNav } from './standard-nav.ts';
