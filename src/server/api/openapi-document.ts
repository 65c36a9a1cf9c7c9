import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ErrorCode } from '../../errors/app-error.js';
import { statusOf } from '../error-response.js';
import { accountRoutes } from './account-routes.js';
import { type ApiRouteSpec, csrfOf } from './api-route.js';
import { errorBodySchema } from './api-schemas.js';
import { feedTokenRoutes } from './feed-token-routes.js';
import { itemStateRoutes } from './item-state-routes.js';
import { SchemaComponents } from './openapi-schemas.js';
import { openApiRoute, readerRoutes, sourcesRoutes } from './reader-routes.js';

type JsonObject = Record<string, unknown>;

/** Every route the app serves under /api, described once. */
export function apiRoutes(): ApiRouteSpec[] {
  return [
    ...accountRoutes(),
    ...Object.values(readerRoutes),
    ...Object.values(itemStateRoutes),
    ...Object.values(feedTokenRoutes),
    ...Object.values(sourcesRoutes),
    openApiRoute,
  ];
}

/** `/shows/:showId` → `/api/shows/{showId}` */
export const openApiPath = (path: string) => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

/** `get /shows/:showId/episodes/:episode` → `getShowsShowIdEpisodesEpisode` */
export function operationIdOf(spec: ApiRouteSpec): string {
  const words = spec.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return spec.method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

const pascal = (id: string) => id[0].toUpperCase() + id.slice(1);

/** The error codes a route can answer with: those its access, CSRF check and input imply, and its own. */
export function errorCodesOf(spec: ApiRouteSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  // Every route refuses a query parameter it does not take, so every route can answer input.invalid.
  codes.add('input.invalid');
  if (spec.access !== 'public') codes.add('auth.required');
  if (spec.access === 'owner') codes.add('auth.forbidden');
  if (csrfOf(spec) !== 'none') codes.add('auth.csrf');
  for (const code of spec.errors ?? []) codes.add(code);
  return [...codes];
}

function parametersOf(spec: ApiRouteSpec): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = z.toJSONSchema(schema, { io: 'input' }) as {
      properties: Record<string, JsonObject>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties))
      out.push({ name, in: where, required: where === 'path' || !!json.required?.includes(name), schema: property });
  }
  const csrf = csrfOf(spec);
  if (csrf === 'required') out.push({ $ref: '#/components/parameters/csrfToken' });
  if (csrf === 'when-logged-in') out.push({ $ref: '#/components/parameters/csrfTokenWhenLoggedIn' });
  return out;
}

function responsesOf(spec: ApiRouteSpec, components: SchemaComponents, id: string): JsonObject {
  const responses: JsonObject = {};
  responses[spec.status] = spec.response
    ? {
        description: spec.summary,
        content: { 'application/json': { schema: components.response(spec.response, `${pascal(id)}Response`) } },
      }
    : { description: `${spec.summary}: done, no content` };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(spec)) {
    const status = statusOf[code] ?? 500;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b))
    responses[status] = {
      description: `error: ${codes.map((c) => `\`${c}\``).join(', ')}`,
      content: { 'application/json': { schema: components.response(errorBodySchema, 'Error') } },
    };
  return responses;
}

function operationOf(spec: ApiRouteSpec, components: SchemaComponents): JsonObject {
  const id = operationIdOf(spec);
  const access = { public: 'Open to anyone.', user: 'Needs a logged-in user.', owner: 'The owner only.' }[spec.access];
  const parameters = parametersOf(spec);
  return {
    operationId: id,
    tags: [spec.tag],
    summary: spec.summary,
    description: [spec.description, access].filter(Boolean).join(' '),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: components.body(spec.body, `${pascal(id)}Body`) } },
          },
        }
      : {}),
    responses: responsesOf(spec, components, id),
    security: spec.access === 'public' ? [] : [{ sessionCookie: [] }],
  };
}

const version = () =>
  (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

let cached: JsonObject | undefined;

/** The OpenAPI 3.1 document of the JSON API (served at GET /api/openapi.json), made from the routes' zod schemas. */
export function openApiDocument(): JsonObject {
  if (cached) return cached;
  const components = new SchemaComponents();
  const paths: Record<string, JsonObject> = {};
  for (const spec of apiRoutes()) {
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method]: operationOf(spec, components) };
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'haebang',
      version: version(),
      description:
        'The JSON API of haebang, a self-hosted, spoiler-aware K-drama news reader. Log in with POST /api/session: ' +
        'it sets the `haebang_session` cookie and answers with a `csrfToken`, which every POST, PUT and DELETE ' +
        'must carry in the `x-csrf-token` header. Every item passes the logged-in user’s spoiler gate. Errors are ' +
        '`{error: {code, message, details?}}`.',
    },
    tags: [
      { name: 'reader', description: 'The feed, items, shows, episodes, people and search, gated per user' },
      { name: 'reading state', description: 'One’s own progress, settings and reveals' },
      { name: 'account', description: 'First-run setup, logging in and out, password, users' },
      { name: 'sources', description: 'Feeds and catalog imports (the owner)' },
      { name: 'analysis', description: 'Analysing a pasted text' },
      { name: 'meta', description: 'This document' },
    ],
    paths,
    components: {
      schemas: components.schemas(),
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'haebang_session',
          description: 'Set by POST /api/session or POST /api/setup; HttpOnly, SameSite=Lax, 30 days after last use.',
        },
      },
      parameters: {
        csrfToken: {
          name: 'x-csrf-token',
          in: 'header',
          required: true,
          description: 'The session’s CSRF token (the `csrfToken` of POST /api/session or GET /api/session).',
          schema: { type: 'string' },
        },
        csrfTokenWhenLoggedIn: {
          name: 'x-csrf-token',
          in: 'header',
          required: false,
          description: 'The session’s CSRF token, needed when the request carries a logged-in session cookie.',
          schema: { type: 'string' },
        },
      },
    },
  };
  return cached;
}
