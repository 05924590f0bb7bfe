import type { Migration } from '../migrate.ts';
import { collabStoreMigration } from './001-collab-store.ts';

/**
 * Every schema step, in order. Append new steps; never edit one that has shipped.
 */
export const migrations: readonly Migration[] = [collabStoreMigration];
