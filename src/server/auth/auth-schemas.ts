import { z } from 'zod';
import { credentialsSchema, newAccountSchema } from '../../users/account-schemas.js';
import { passwordChangeSchema } from '../../users/change-password.js';

/**
 * Request and response shapes of the account and reading-state API, one schema per resource, exported for the
 * OpenAPI document. The routes validate every body and path parameter with these.
 */

/** POST /api/setup: the first-run owner. */
export const setupBodySchema = newAccountSchema;
/** POST /api/session: logging in. */
export const sessionBodySchema = credentialsSchema;
/** POST /api/users: the owner adds a member. */
export const userBodySchema = newAccountSchema;
/** PUT /api/password: a user changes their own password. */
export const passwordBodySchema = passwordChangeSchema;

/** PUT /api/progress/:showId — "watched through episode N"; 0 follows a show before its first episode. */
export const progressBodySchema = z.strictObject({
  watchedThrough: z.number().int('expected a whole episode number').min(0).max(10_000),
});

export const unfollowedPolicySchema = z.enum(['hide', 'show']);
/** What to do with an item that only unsure horizons would hide: hide it (default) or show it with a warning. */
export const unsurePolicySchema = z.enum(['hide', 'warn']);
/**
 * PUT /api/settings: what to do with the plot of shows the user does not follow, and (optional, kept when left
 * out) with items that only horizons the analyser is unsure of would hide.
 */
export const settingsBodySchema = z.strictObject({
  unfollowedPolicy: unfollowedPolicySchema,
  unsurePolicy: unsurePolicySchema.optional(),
});
/** GET/PUT /api/settings answer: the user's reading settings. */
export const settingsSchema = z.object({ unfollowedPolicy: unfollowedPolicySchema, unsurePolicy: unsurePolicySchema });

/** A catalog show id, as in catalog files. */
export const showIdParamSchema = z.object({
  showId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected a show id of lower-case letters, digits and hyphens'),
});
/** An item id (opaque text from the items store). */
export const itemIdParamSchema = z.object({
  itemId: z.string().regex(/^[A-Za-z0-9._:~-]{1,200}$/, 'expected an item id'),
});

export const sessionUserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(['owner', 'member']),
  unfollowedPolicy: unfollowedPolicySchema,
});
/** The answer of GET/POST /api/session and POST /api/setup. */
export const sessionResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
/** One row of GET /api/users. */
export const userListEntrySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(['owner', 'member']),
  createdAt: z.string(),
});
/** GET /api/progress: show id → last watched episode. */
export const progressResponseSchema = z.object({ progress: z.record(z.string(), z.number().int().min(0)) });
/** GET /api/reveals: the items revealed one by one. */
export const revealsResponseSchema = z.object({ reveals: z.array(z.string()) });
