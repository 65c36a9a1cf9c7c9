import { z } from 'zod';

/**
 * What the reader's pages and JSON API show, one schema per resource, shared by the API routes, the pages and the
 * OpenAPI document. Every item appears either as a shown item (it spoils nothing for this reader, or they revealed
 * it) or as a hidden card that carries nothing of the item's own text, images or links: only which show and episode
 * it would reveal and why it is hidden.
 */

export const entityKindSchema = z.enum(['show', 'person', 'character', 'network']);

export const entityRefSchema = z.object({
  kind: entityKindSchema,
  id: z.string(),
  name: z.string(),
  hangul: z.string().nullable(),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

export const itemKindSchema = z.enum([
  'preair',
  'recap',
  'review',
  'bts',
  'preview',
  'ratings',
  'finale',
  'news',
  'other',
]);

/** Why an item is hidden, for one show: "reveals My Liberation Notes ep. 11; you are at ep. 10". */
export const hiddenReasonSchema = z.object({
  showId: z.string(),
  showTitle: z.string(),
  throughEpisode: z.number().int(),
  /** The reader's progress on the show; null when they do not follow it. */
  watched: z.number().int().nullable(),
  /** The analyser is unsure of the episode (confidence below 0.7); under the `warn` policy it would be shown. */
  unsure: z.boolean().optional(),
  text: z.string(),
});

/**
 * An unsure horizon past the reader's progress that the item is shown despite, under their `warn` policy for unsure
 * horizons: "may reveal When the Camellia Blooms ep. 14 (the analyser is unsure of the episode); you are at ep. 10".
 */
export const unsureWarningSchema = z.object({
  showId: z.string(),
  showTitle: z.string(),
  throughEpisode: z.number().int(),
  watched: z.number().int(),
  text: z.string(),
});

export const hiddenCardSchema = z.object({
  id: z.string(),
  hidden: z.literal(true),
  publishedAt: z.string().nullable(),
  /** The reader saved it for later (a hidden item keeps its star; nothing else of its state is shown). */
  starred: z.boolean(),
  reasons: z.array(hiddenReasonSchema).min(1),
});
export type HiddenCardView = z.infer<typeof hiddenCardSchema>;

/** An item's horizon for one show: the last episode it reveals (0: nothing past the pre-air news). */
export const horizonViewSchema = z.object({
  showId: z.string(),
  showTitle: z.string(),
  throughEpisode: z.number().int(),
  /** The reader's progress on the show; null when they do not follow it. */
  watched: z.number().int().nullable(),
  /** Why it is shown for this show: "reveals up to ep. 8; you are at ep. 10". */
  text: z.string(),
});

export const shownItemSchema = z.object({
  id: z.string(),
  hidden: z.literal(false),
  /** True when the item spoils something and the reader revealed it by hand. */
  revealed: z.boolean(),
  /** The reader has read it (opened it, or marked it read). */
  read: z.boolean(),
  /** The reader saved it for later (the Saved page). */
  starred: z.boolean(),
  title: z.string(),
  url: z.string().nullable(),
  sourceName: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  kind: itemKindSchema,
  mediaType: z.enum(['article', 'video']),
  videoId: z.string().nullable(),
  /** The item's picture: an https URL (checked when stored and again when shown), or null. */
  imageUrl: z.string().nullable(),
  /** The picture's caption and credit as the feed gave them. */
  imageCaption: z.string().nullable(),
  imageCredit: z.string().nullable(),
  /** Plain-text snippet, at most about 300 characters. */
  snippet: z.string(),
  shows: z.array(entityRefSchema),
  people: z.array(entityRefSchema),
  horizons: z.array(horizonViewSchema),
  /** Present only when the item is shown despite unsure horizons past the reader's progress. */
  warnings: z.array(unsureWarningSchema).optional(),
});
export type ShownItemView = z.infer<typeof shownItemSchema>;

export const feedEntrySchema = z.discriminatedUnion('hidden', [shownItemSchema, hiddenCardSchema]);
export type FeedEntry = z.infer<typeof feedEntrySchema>;

const catalogIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'expected an id of lower-case letters, digits and hyphens');

export const feedQuerySchema = z.object({
  /** A catalog show id; one the catalog lacks is `not-found`. */
  show: catalogIdSchema.optional(),
  /** A catalog person id; one the catalog lacks is `not-found`. */
  person: catalogIdSchema.optional(),
  kind: itemKindSchema.optional(),
  media: z.enum(['article', 'video']).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type FeedQuery = z.infer<typeof feedQuerySchema>;

export const feedPageSchema = z.object({
  entries: z.array(feedEntrySchema),
  nextCursor: z.string().nullable(),
});
export type FeedPage = z.infer<typeof feedPageSchema>;

/** A mention in the item's content, linked to its catalog page. */
export const mentionViewSchema = z.object({
  kind: entityKindSchema,
  id: z.string(),
  name: z.string(),
  spellings: z.array(z.string()),
});

export const itemDetailSchema = shownItemSchema.extend({
  /** Sanitised HTML with linked mentions highlighted (`<a class="mention" href="/people/...">`). */
  contentHtml: z.string(),
  captions: z.array(z.object({ text: z.string(), credit: z.string().nullable() })),
  mentions: z.array(mentionViewSchema),
  /** The evidence for each horizon: the words that place the item at an episode. */
  evidence: z.array(z.object({ showId: z.string(), throughEpisode: z.number().int(), quotes: z.array(z.string()) })),
  related: z.array(feedEntrySchema),
});
export type ItemDetail = z.infer<typeof itemDetailSchema>;

export const itemPageSchema = z.discriminatedUnion('hidden', [itemDetailSchema, hiddenCardSchema]);
export type ItemPage = z.infer<typeof itemPageSchema>;

export const episodeViewSchema = z.object({
  number: z.number().int(),
  airDate: z.string(),
  /** Nationwide rating (%), hidden (null) past the reader's progress like everything else about the episode. */
  rating: z.number().nullable(),
  ratingHidden: z.boolean(),
  watched: z.boolean(),
});

export const castViewSchema = z.object({
  person: entityRefSchema,
  character: z.string(),
  characterHangul: z.string().nullable(),
});

export const showSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  hangul: z.string(),
  aliases: z.array(z.string()),
  network: z.object({ id: z.string(), name: z.string() }),
  episodeCount: z.number().int(),
  firstAirDate: z.string().nullable(),
  lastAirDate: z.string().nullable(),
  /** The reader's progress ("watched through episode N"); null when they do not follow the show. */
  watchedThrough: z.number().int().nullable(),
});
export type ShowSummary = z.infer<typeof showSummarySchema>;

export const showPageSchema = z.object({
  show: showSummarySchema,
  cast: z.array(castViewSchema),
  episodes: z.array(episodeViewSchema),
  /** Items per KST day that name the show (all items: a count per day says nothing of any plot). */
  buzz: z.array(z.object({ date: z.string(), count: z.number().int() })),
  articles: z.array(feedEntrySchema),
  videos: z.array(feedEntrySchema),
});
export type ShowPage = z.infer<typeof showPageSchema>;

export const episodePageSchema = z.object({
  show: showSummarySchema,
  episode: episodeViewSchema,
  /** Items whose horizon for the show is this episode. */
  articles: z.array(feedEntrySchema),
  /** Videos (behind-the-scenes clips and the like) about this episode. */
  videos: z.array(feedEntrySchema),
});
export type EpisodePage = z.infer<typeof episodePageSchema>;

export const personPageSchema = z.object({
  person: z.object({ id: z.string(), name: z.string(), hangul: z.string(), aliases: z.array(z.string()) }),
  /** Every spelling of the name seen in the items this reader may see, most used first (hidden ones not counted). */
  spellings: z.array(z.object({ spelling: z.string(), items: z.number().int() })),
  roles: z.array(z.object({ show: entityRefSchema, character: z.string(), characterHangul: z.string().nullable() })),
  /** Only items shown to this reader: a hidden item is left out here, as its link to the person could spoil. */
  items: z.array(shownItemSchema),
});
export type PersonPage = z.infer<typeof personPageSchema>;

export const searchQuerySchema = z.object({ q: z.string().trim().min(1, 'type something to search for').max(200) });

export const searchResultSchema = z.object({
  query: z.string(),
  shows: z.array(entityRefSchema),
  people: z.array(entityRefSchema),
  characters: z.array(entityRefSchema.extend({ showId: z.string() })),
  /** Items shown to this reader only: a hidden item is neither listed nor counted. */
  items: z.array(shownItemSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const showListSchema = z.object({ shows: z.array(showSummarySchema) });

/**
 * Unread items the reader may see, among the newest `window` items (of the feed, or of one show). A hidden item is
 * never counted, here or in a page title: a count that moved when news of a later episode arrived would tell it.
 */
export const unreadCountsSchema = z.object({
  unread: z.number().int(),
  /** Per show (those with unread items only), counted over the same window; of one show, that show alone. */
  byShow: z.record(z.string(), z.number().int()),
  window: z.number().int(),
});
export type UnreadCounts = z.infer<typeof unreadCountsSchema>;

export const unreadQuerySchema = z.strictObject({ show: z.string().max(80).optional() });

/** POST /api/read: mark every unread item the reader may see read (of one show, or all); hidden ones keep theirs. */
export const markAllBodySchema = z.strictObject({ show: z.string().max(80).optional() });
export const markAllResultSchema = z.object({ marked: z.number().int() });

/** The Saved page: starred items, most recently starred first (a hidden one as its hidden card). */
export const savedPageSchema = z.object({
  entries: z.array(feedEntrySchema),
  nextCursor: z.string().nullable(),
});
export type SavedPage = z.infer<typeof savedPageSchema>;
export const savedQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
