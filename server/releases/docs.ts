/** The release routes in the OpenAPI document (served by the accounts API at /api/openapi.json). */
import { z } from 'zod';
import type { RouteDoc } from '../http/routes/route-doc.ts';
import { authProblems, ProblemOut, SlugParams } from '../http/routes/schemas.ts';
import { FindingsOut } from './findings.ts';
import { DiffQuery, NewCandidate, ReleaseOut, ReleaseParams, Withdrawal } from './schemas.ts';

const notFound = {
  description: 'No such standard (or no role on it), or no such release',
  schema: ProblemOut,
};
const conflict = {
  description: 'Not allowed in the release’s current status; releases are frozen',
  schema: ProblemOut,
};
const tag = 'releases';
const releasePath = '/api/standards/{slug}/releases/{version}';

const transition = (path: string, summary: string, body?: z.ZodType): RouteDoc => ({
  method: 'post',
  path: `${releasePath}/${path}`,
  summary,
  tag,
  auth: 'user',
  params: ReleaseParams,
  ...(body ? { body } : {}),
  responses: {
    200: { description: 'The release after the change', schema: ReleaseOut },
    ...authProblems,
    404: notFound,
    409: conflict,
  },
});

export const releaseDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/standards/{slug}/draft/findings',
    summary:
      'What the checks find in the draft now: errors (which stop a freeze), warnings and advice (members)',
    tag,
    auth: 'user',
    params: SlugParams,
    responses: {
      200: { description: 'Findings, errors first', schema: FindingsOut },
      ...authProblems,
      404: notFound,
    },
  },
  {
    method: 'get',
    path: `${releasePath}/findings`,
    summary:
      'What the checks find in a frozen release: warnings and advice to see before approval (members)',
    tag,
    auth: 'user',
    params: ReleaseParams,
    responses: {
      200: { description: 'Findings, errors first', schema: FindingsOut },
      ...authProblems,
      404: notFound,
    },
  },
  {
    method: 'get',
    path: '/api/standards/{slug}/releases',
    summary: 'Every release of a standard, oldest version first (members)',
    tag,
    auth: 'user',
    params: SlugParams,
    responses: {
      200: { description: 'Releases', schema: z.object({ releases: z.array(ReleaseOut) }) },
      ...authProblems,
      404: notFound,
    },
  },
  {
    method: 'post',
    path: '/api/standards/{slug}/releases',
    summary: 'Freeze the draft as a release candidate (editors, admins)',
    tag,
    auth: 'user',
    params: SlugParams,
    body: NewCandidate,
    responses: {
      201: { description: 'The candidate', schema: ReleaseOut },
      ...authProblems,
      404: notFound,
      409: {
        description: 'The draft is empty or has errors (broken ids, cross-references)',
        schema: ProblemOut,
      },
    },
  },
  {
    method: 'get',
    path: releasePath,
    summary: 'One release’s metadata (members)',
    tag,
    auth: 'user',
    params: ReleaseParams,
    responses: {
      200: { description: 'The release', schema: ReleaseOut },
      ...authProblems,
      404: notFound,
    },
  },
  {
    method: 'get',
    path: `${releasePath}/content`,
    summary: 'The frozen text of a release as model JSON (members)',
    tag,
    auth: 'user',
    params: ReleaseParams,
    responses: {
      200: {
        description: 'Frozen model JSON and its hash',
        schema: z.object({ version: z.string(), contentHash: z.string(), model: z.unknown() }),
      },
      ...authProblems,
      404: notFound,
    },
  },
  transition('approve', 'Approve a candidate (admins)'),
  transition(
    'publish',
    'Publish an approved release; the version in force becomes superseded (admins)',
  ),
  transition('withdraw', 'Withdraw a release with a public reason (admins)', Withdrawal),
  {
    method: 'post',
    path: `${releasePath}/draft`,
    summary:
      'Start a new draft from this release: the draft becomes its text, history kept (editors, admins)',
    tag,
    auth: 'user',
    params: ReleaseParams,
    responses: {
      200: {
        description: 'The draft now holds the release text',
        schema: z.object({ version: z.string(), contentHash: z.string(), seq: z.number() }),
      },
      ...authProblems,
      404: notFound,
    },
  },
  ...(['put', 'patch', 'delete'] as const).map((method): RouteDoc => ({
    method,
    path: releasePath,
    summary: 'Always refused: releases are frozen',
    tag,
    auth: 'user',
    params: ReleaseParams,
    responses: { ...authProblems, 404: notFound, 409: conflict },
  })),
  {
    method: 'get',
    path: '/api/standards/{slug}/diff',
    summary: 'Differences between two versions, or a version and the draft (members)',
    tag,
    auth: 'user',
    params: SlugParams,
    query: DiffQuery,
    responses: {
      200: { description: 'The release diff (see server/releases/README.md)' },
      ...authProblems,
      404: notFound,
    },
  },
];
