import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  buildOutline,
  computeNumbering,
  findIdProblems,
  getStandardSchema,
  markdownToModel,
  modelToMarkdown,
  modelToYUpdate,
  parseModel,
  yDocToModel,
} from '../../model/index.ts';
import { demoStandardDraft } from './standard-draft.ts';
import { demoStandardV1 } from './standard-v1.ts';

describe('demo standard content', () => {
  for (const [name, build] of [
    ['1.0', demoStandardV1],
    ['1.1 draft', demoStandardDraft],
  ] as const) {
    it(`${name} is valid model JSON with unique ids that survives Yjs and Markdown`, () => {
      const json = build();
      const parsed = parseModel(json);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(findIdProblems(getStandardSchema().nodeFromJSON(parsed.doc))).toEqual([]);

      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, modelToYUpdate(parsed.doc));
      expect(yDocToModel(ydoc)).toEqual(parsed.doc);
      expect(markdownToModel(modelToMarkdown(parsed.doc))).toEqual(parsed.doc);
    });
  }

  it('numbers clauses as a standards body would', () => {
    const v1 = buildOutline(demoStandardV1());
    expect(v1.map((entry) => entry.number)).toEqual([
      null,
      null,
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      'A',
      'B',
    ]);
    const numbering = computeNumbering(demoStandardDraft());
    // The 1.1 draft inserts "Training and supervision" before information sharing.
    expect(numbering.byId.get('c-training')?.number).toBe('9');
    expect(numbering.byId.get('c-informationsharing')?.number).toBe('10');
  });
});
