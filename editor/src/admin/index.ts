// The admin pages, loaded on demand by the router (main.ts).
export { auditView } from './audit-view.ts';
export { membersView } from './members-view.ts';
export { usersView } from './users-view.ts';
