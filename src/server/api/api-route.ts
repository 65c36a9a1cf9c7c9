import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AppError, type ErrorCode } from '../../errors/app-error.js';
import { type AuthEnv, currentUser, type SessionUser } from '../auth/auth-env.js';
import { readJsonBody, readParams } from '../auth/read-json-body.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';
/** Who may call a route: anyone, any logged-in user, or the owner alone. */
export type Access = 'public' | 'user' | 'owner';

/**
 * One route of the JSON API, described once: the route table validates requests with these schemas and the OpenAPI
 * document is made from them, so the two cannot drift apart.
 */
export interface ApiRouteSpec {
  method: HttpMethod;
  /** The path below /api, in Hono's syntax (`/shows/:showId`). */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  /**
   * Whether the x-csrf-token header is needed. By default: on every POST, PUT and DELETE, and for a public route only
   * when a session is logged in.
   */
  csrf?: 'required' | 'when-logged-in' | 'none';
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The JSON request body. */
  body?: z.ZodType;
  /** The handler reads and validates the body itself (the schema still documents it). */
  bodyReadByHandler?: boolean;
  status: 200 | 201 | 204;
  /** The success answer's JSON body; none for 204. */
  response?: z.ZodType;
  /** Errors the route can answer with besides those its access and its input imply. */
  errors?: ErrorCode[];
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInput<S extends ApiRouteSpec> {
  c: Context<AuthEnv>;
  user: S['access'] extends 'public' ? SessionUser | null : SessionUser;
  params: Infer<S['params']>;
  query: Infer<S['query']>;
  body: S['bodyReadByHandler'] extends true ? undefined : Infer<S['body']>;
}

export type RouteOutput<S extends ApiRouteSpec> = S['response'] extends z.ZodType ? z.input<S['response']> : null;

/** Whether a route needs the session's CSRF token (x-csrf-token). */
export function csrfOf(spec: ApiRouteSpec): 'required' | 'when-logged-in' | 'none' {
  if (spec.csrf) return spec.csrf;
  if (spec.method === 'get') return 'none';
  return spec.access === 'public' ? 'when-logged-in' : 'required';
}

/** Each query schema's strict copy, made once: making it costs more than the parse (every feed request reads one). */
const strictSchemas = new WeakMap<z.ZodObject, z.ZodObject>();

/**
 * The query string validated by `schema`: `input.invalid` (400) with every problem otherwise. A parameter the schema
 * does not name is refused too, and so is any query on a route that takes none (`schema` undefined).
 */
export function readQuery<S extends z.ZodObject>(c: Context, schema: S | undefined): z.output<S> {
  if (!schema) {
    const names = Object.keys(c.req.query());
    if (names.length)
      throw new AppError(
        'input.invalid',
        `invalid query: this route takes no query parameters (got ${names.join(', ')})`,
        {
          details: names.map((n) => `${n}: unknown query parameter`),
        },
      );
    return undefined as z.output<S>;
  }
  let strict = strictSchemas.get(schema);
  if (!strict) {
    strict = schema.strict();
    strictSchemas.set(schema, strict);
  }
  const parsed = strict.safeParse(c.req.query());
  if (parsed.success) return parsed.data as z.output<S>;
  const details = parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`);
  throw new AppError('input.invalid', `invalid query: ${details.join('; ')}`, { details });
}

/** Middleware for routes that take no query parameters: any is refused with `input.invalid` (400). */
export async function refuseQuery(c: Context, next: () => Promise<void>): Promise<void> {
  readQuery(c, undefined);
  await next();
}

/**
 * Adds a route to `app` as its spec says: the access check first (401 `auth.required`, 403 `auth.forbidden`), then
 * the path, query and body validated by the spec's schemas, then the handler, whose result is sent as JSON with the
 * spec's status.
 */
export function mountRoute<S extends ApiRouteSpec>(
  app: Hono<AuthEnv>,
  spec: S,
  handler: (input: RouteInput<S>) => Promise<RouteOutput<S>>,
): void {
  app.on(spec.method.toUpperCase(), spec.path, async (c) => {
    const user = spec.access === 'public' ? c.get('user') : currentUser(c);
    if (spec.access === 'owner' && user?.role !== 'owner')
      throw new AppError('auth.forbidden', 'only the owner can do this');
    const input = {
      c,
      user,
      params: spec.params ? readParams(c, spec.params) : undefined,
      query: readQuery(c, spec.query),
      body: spec.body && !spec.bodyReadByHandler ? await readJsonBody(c, spec.body) : undefined,
    } as RouteInput<S>;
    const result = await handler(input);
    return spec.status === 204 ? c.body(null, 204) : c.json(result as object, spec.status);
  });
}
