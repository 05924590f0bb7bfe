import type { Migration } from '../migrate.ts';
import { collabStoreMigration } from './001-collab-store.ts';
import { accountsMigration } from './002-accounts.ts';
import { reviewMigration } from './003-review.ts';
import { releasesMigration } from './004-releases.ts';
import { distinctColoursMigration } from './005-distinct-colours.ts';

/**
 * Every schema step, in order. Append new steps; never edit one that has shipped.
 */
export const migrations: readonly Migration[] = [
  collabStoreMigration,
  accountsMigration,
  reviewMigration,
  releasesMigration,
  distinctColoursMigration,
];
