import type { Hono } from 'hono';
import { z } from 'zod';
import type { ApiEnv } from '../middleware/api-env.ts';
import type { RouteDoc } from './route-doc.ts';

type Json = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' });

function parametersOf(doc: RouteDoc): Json[] {
  const out: Json[] = [];
  for (const [where, obj] of [
    ['path', doc.params],
    ['query', doc.query],
  ] as const) {
    if (!obj) continue;
    const json = schemaOf(obj, 'input') as { properties?: Json; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema,
      });
    }
  }
  return out;
}

/** Build the OpenAPI 3.1 document from the routes' own zod schemas. */
export function buildOpenApi(docs: readonly RouteDoc[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const doc of docs) {
    const responses: Json = {};
    for (const [status, r] of Object.entries(doc.responses)) {
      responses[status] = {
        description: r.description,
        ...(r.schema
          ? {
              content: {
                [r.contentType ??
                (Number(status) >= 400 ? 'application/problem+json' : 'application/json')]: {
                  schema: schemaOf(r.schema, 'output'),
                },
              },
            }
          : {}),
      };
    }
    paths[doc.path] ??= {};
    (paths[doc.path] as Json)[doc.method] = {
      summary: doc.summary,
      tags: [doc.tag],
      security: doc.auth === 'none' ? [] : [{ session: [] }, { bearer: [] }],
      ...(doc.auth === 'admin' ? { 'x-accord-requires': 'platform admin' } : {}),
      parameters: parametersOf(doc),
      ...(doc.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(doc.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Accord API',
      version,
      description:
        'Mutating requests authenticated by the session cookie must carry a same-origin Origin header. Errors are RFC 9457 problem details.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'accord_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (acc_…)' },
      },
    },
    paths,
  };
}

/** Serve the OpenAPI document at /openapi.json (built once). */
export function openApiRoutes(app: Hono<ApiEnv>, docs: readonly RouteDoc[], version: string): void {
  const document = buildOpenApi(docs, version);
  app.get('/openapi.json', (c) => c.json(document));
}
