import { z } from 'zod';
import { itemKindSchema } from '../../reader/reader-schemas.js';
import { showIdParamSchema } from '../auth/auth-schemas.js';

/**
 * Shapes of the JSON API beyond the reader's views (src/reader/reader-schemas.ts) and the accounts'
 * (src/server/auth/auth-schemas.ts): path parameters, sources, the catalog import report, the analysis and errors.
 */

const catalogId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected an id of lower-case letters, digits and hyphens');

/** /api/people/:personId */
export const personIdParamSchema = z.object({ personId: catalogId });

/** /api/shows/:showId/episodes/:episode */
export const episodeParamSchema = showIdParamSchema.extend({
  episode: z.coerce.number().int('expected a whole episode number').min(1).max(10_000),
});

/** /api/feeds/:feedId */
export const feedIdParamSchema = z.object({
  feedId: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

/** POST /api/feeds: follow a feed (or a page that announces one); it must answer with a readable feed. */
export const feedBodySchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000),
  /** How often to fetch it, in minutes (5 minutes to 7 days; 30 by default). */
  intervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 1440)
    .optional(),
});

export const feedViewSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  siteUrl: z.string().nullable(),
  kind: z.enum(['feed', 'youtube']),
  intervalMinutes: z.number().int(),
  /** How many items of this feed are stored. */
  items: z.number().int(),
  lastFetchedAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  nextFetchAt: z.string(),
  /** Failures in a row; the next fetch waits longer after each. */
  errorCount: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type FeedView = z.infer<typeof feedViewSchema>;

export const feedListSchema = z.object({ feeds: z.array(feedViewSchema) });
export const feedRemovedSchema = z.object({ id: z.number().int(), removedItems: z.number().int() });

/** DELETE /api/demo: how many demo items were removed. */
export const demoRemovedSchema = z.object({ removedItems: z.number().int() });

const upsertCountsSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
/** POST /api/catalog: what the import added, updated and left unchanged. */
export const catalogReportSchema = z.object({
  networks: upsertCountsSchema,
  people: upsertCountsSchema,
  shows: upsertCountsSchema,
});

/** Every error answer: a stable code, a readable message, and for invalid input every problem found. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(z.string()).optional() }),
});

const blockKindSchema = z.enum([
  'headline',
  'dek',
  'spoiler-notice',
  'paragraph',
  'caption',
  'source',
  'related',
  'heading',
]);
const counted = { mentions: z.number().int() };
const evidenceSchema = z.array(
  z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), rule: z.string() }),
);

/** POST /api/analyze: the analysis JSON (README, "The analysis JSON"). Offsets are UTF-16 code units, end exclusive. */
export const analysisSchema = z.object({
  title: z.string().nullable(),
  published: z.string().nullable(),
  kind: itemKindSchema,
  shows: z.array(z.object({ id: z.string(), title: z.string(), ...counted })),
  people: z.array(z.object({ id: z.string(), name: z.string(), ...counted })),
  characters: z.array(z.object({ show: z.string(), name: z.string(), person: z.string().nullable(), ...counted })),
  networks: z.array(z.object({ id: z.string(), name: z.string(), ...counted })),
  mentions: z.array(
    z.object({
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      kind: z.enum(['show', 'person', 'character', 'network']),
      id: z.string().optional(),
      candidates: z.array(z.string()).optional(),
      confidence: z.number(),
    }),
  ),
  spoilers: z.array(
    z.object({ show: z.string(), throughEpisode: z.number().int(), confidence: z.number(), evidence: evidenceSchema }),
  ),
  ratings: z.array(
    z.object({ show: z.string(), episode: z.number().int(), confidence: z.number(), evidence: evidenceSchema }),
  ),
  structure: z.array(
    z.object({
      kind: blockKindSchema,
      start: z.number().int(),
      end: z.number().int(),
      credit: z.string().optional(),
      text: z.string(),
    }),
  ),
});
