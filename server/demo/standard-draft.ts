/**
 * The demo draft for version 1.1: version 1.0 with the working group's first amendments,
 * so that the review round, the compare view and the "what changed" page have content.
 */
import type { ModelDoc, ModelNode } from '../../model/index.ts';
import { clause, shall, should } from './build.ts';
import { demoStandardV1 } from './standard-v1.ts';

function insertAfter(blocks: ModelNode[], id: string, ...inserted: ModelNode[]): void {
  const index = blocks.findIndex((block) => block.attrs?.id === id);
  if (index < 0) throw new Error(`demo content: no block ${id}`);
  blocks.splice(index + 1, 0, ...inserted);
}

function insertBefore(blocks: ModelNode[], id: string, ...inserted: ModelNode[]): void {
  const index = blocks.findIndex((block) => block.attrs?.id === id);
  if (index < 0) throw new Error(`demo content: no block ${id}`);
  blocks.splice(index, 0, ...inserted);
}

function replace(blocks: ModelNode[], block: ModelNode): void {
  const index = blocks.findIndex((candidate) => candidate.attrs?.id === block.attrs?.id);
  if (index < 0) throw new Error(`demo content: no block ${String(block.attrs?.id)}`);
  blocks[index] = block;
}

/** The 1.1 draft of the demo standard, as model JSON. */
export function demoStandardDraft(): ModelDoc {
  const document = demoStandardV1();
  const blocks = document.content ?? [];

  replace(
    blocks,
    shall(
      'p-disclosure3',
      'The practitioner shall tell the designated safeguarding lead the same working day, or at once where the child may be in danger.',
    ),
  );
  insertAfter(
    blocks,
    'p-disclosure3',
    should(
      'p-disclosureinterpreter',
      'Where the child does not speak the practitioner’s language well, the practitioner should arrange a qualified interpreter and should not use a family member or another child to interpret.',
    ),
  );
  insertBefore(
    blocks,
    'c-informationsharing',
    clause('c-training', 1, 'Training and supervision'),
    shall(
      'p-training1',
      'Every agency shall ensure that practitioners who work with children are trained in this standard when they start and at least every two years.',
    ),
    should(
      'p-training2',
      'Practitioners who respond to disclosures should have access to regular supervision to support their own well-being.',
    ),
  );
  return document;
}
