import { z } from 'zod';
import {
  itemIdParamSchema,
  passwordBodySchema,
  progressBodySchema,
  progressResponseSchema,
  revealsResponseSchema,
  sessionBodySchema,
  sessionResponseSchema,
  sessionUserSchema,
  settingsBodySchema,
  settingsSchema,
  setupBodySchema,
  showIdParamSchema,
  userBodySchema,
  userListEntrySchema,
} from '../auth/auth-schemas.js';
import { analyzeRequestSchema } from '../create-app.js';
import type { ApiRouteSpec } from './api-route.js';
import { analysisSchema } from './api-schemas.js';

/**
 * The routes of src/server/auth (accounts and reading state) and the analyse route of create-app, described for the
 * OpenAPI document with the schemas those routes validate with. (A function, since create-app imports this module's
 * importers: the schemas are read when the document is made, not when modules load.) A test checks that every
 * route the app serves under /api is described here or in reader-routes.ts, and the other way round.
 */
export function accountRoutes(): ApiRouteSpec[] {
  const account = (spec: Omit<ApiRouteSpec, 'tag'>): ApiRouteSpec => ({ tag: 'account', ...spec });
  const state = (spec: Omit<ApiRouteSpec, 'tag'>): ApiRouteSpec => ({ tag: 'reading state', ...spec });
  return [
    account({
      method: 'get',
      path: '/setup',
      summary: 'Whether the first-run setup is still needed (no owner yet)',
      access: 'public',
      status: 200,
      response: z.object({ needed: z.boolean() }),
    }),
    account({
      method: 'post',
      path: '/setup',
      summary: 'Create the owner on the first run, and log them in',
      access: 'public',
      body: setupBodySchema,
      status: 201,
      response: sessionResponseSchema,
      errors: ['auth.setup-done'],
    }),
    account({
      method: 'get',
      path: '/session',
      summary: 'Who is logged in, and the session’s CSRF token',
      access: 'user',
      status: 200,
      response: sessionResponseSchema,
    }),
    account({
      method: 'post',
      path: '/session',
      summary: 'Log in: sets the session cookie and answers with the CSRF token',
      description: '5 failures per user name and 20 per client address in 15 minutes, then 429 with Retry-After.',
      access: 'public',
      body: sessionBodySchema,
      status: 200,
      response: sessionResponseSchema,
      errors: ['auth.invalid-credentials', 'auth.rate-limited'],
    }),
    account({ method: 'delete', path: '/session', summary: 'Log out', access: 'public', status: 204 }),
    account({
      method: 'put',
      path: '/password',
      summary: 'Change one’s own password (ends one’s other sessions)',
      access: 'user',
      body: passwordBodySchema,
      status: 204,
      errors: ['auth.invalid-credentials'],
    }),
    account({
      method: 'get',
      path: '/users',
      summary: 'The users (owner only)',
      access: 'owner',
      status: 200,
      response: z.object({ users: z.array(userListEntrySchema) }),
    }),
    account({
      method: 'post',
      path: '/users',
      summary: 'Add a member (owner only)',
      access: 'owner',
      body: userBodySchema,
      status: 201,
      response: z.object({ user: sessionUserSchema }),
    }),
    state({
      method: 'get',
      path: '/progress',
      summary: 'The shows one follows, each with the last episode watched',
      access: 'user',
      status: 200,
      response: progressResponseSchema,
    }),
    state({
      method: 'put',
      path: '/progress/:showId',
      summary: 'Watched through episode N (0: following, nothing watched yet)',
      description:
        'N is at most the show’s episode count (400 `input.invalid` otherwise); a show the catalog lacks is 404 ' +
        '`not-found`. Nothing is stored on either error.',
      access: 'user',
      params: showIdParamSchema,
      body: progressBodySchema,
      status: 200,
      response: progressBodySchema.extend({ showId: z.string() }),
      errors: ['not-found'],
    }),
    state({
      method: 'delete',
      path: '/progress/:showId',
      summary: 'Stop following a show',
      description: 'A show the catalog lacks and one does not follow is 404 `not-found`.',
      access: 'user',
      params: showIdParamSchema,
      status: 204,
      errors: ['not-found'],
    }),
    state({
      method: 'get',
      path: '/settings',
      summary: 'What to do with the plot of shows one does not follow, and with items only unsure horizons hide',
      access: 'user',
      status: 200,
      response: settingsSchema,
    }),
    state({
      method: 'put',
      path: '/settings',
      summary:
        'Hide (default) or show the plot of shows one does not follow; hide (default) or show with a warning items only unsure horizons hide',
      access: 'user',
      body: settingsBodySchema,
      status: 200,
      response: settingsSchema,
    }),
    state({
      method: 'get',
      path: '/reveals',
      summary: 'The items one revealed one by one',
      access: 'user',
      status: 200,
      response: revealsResponseSchema,
    }),
    state({
      method: 'post',
      path: '/reveals/:itemId',
      summary: 'Reveal one hidden item',
      description: 'An item that is not stored is 404 `not-found`, and nothing is written.',
      access: 'user',
      params: itemIdParamSchema,
      status: 204,
      errors: ['not-found'],
    }),
    state({
      method: 'delete',
      path: '/reveals/:itemId',
      summary: 'Hide a revealed item again',
      access: 'user',
      params: itemIdParamSchema,
      status: 204,
      errors: ['not-found'],
    }),
    {
      method: 'post',
      path: '/analyze',
      tag: 'analysis',
      summary: 'Analyse a pasted text: its links and spoiler horizons (nothing is stored)',
      access: 'user',
      body: analyzeRequestSchema,
      status: 200,
      response: analysisSchema,
      errors: ['input.empty', 'input.too-large', 'analysis.timeout'],
    },
  ];
}
