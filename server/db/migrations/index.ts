import type { Migration } from '../migrate.ts';

/**
 * Every schema step, in order. Append new steps; never edit one that has shipped.
 */
export const migrations: readonly Migration[] = [];
