/**
 * TEMPORARY bridge until model/ exports canonical JSON and the release diff from
 * model/index.ts (model STEP 3). Delete this file then and import
 * from model/index.ts; nothing else changes.
 */
import type { ModelDoc } from '../../model/index.ts';

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
};

/** Stand-in for the model's canonical JSON: keys sorted, no whitespace. */
export function canonicalJson(doc: ModelDoc): string {
  return JSON.stringify(sortKeys(doc));
}

/** The model's release diff result (shape decided by model/). */
export type ReleaseDiff = unknown;

/** Stand-in: the model's release diff has not landed yet, so the diff route answers 500. */
export function diffModels(
  _from: ModelDoc,
  _to: ModelDoc,
  _options: { version: string },
): ReleaseDiff {
  throw new Error('model/ does not provide the release diff yet');
}
