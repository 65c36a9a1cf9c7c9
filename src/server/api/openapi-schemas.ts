import { z } from 'zod';
import { catalogSchema } from '../../catalog/catalog-schema.js';
import {
  entityRefSchema,
  episodePageSchema,
  episodeViewSchema,
  feedEntrySchema,
  feedPageSchema,
  hiddenCardSchema,
  hiddenReasonSchema,
  horizonViewSchema,
  itemDetailSchema,
  itemKindSchema,
  itemPageSchema,
  personPageSchema,
  searchResultSchema,
  showListSchema,
  shownItemSchema,
  showPageSchema,
  showSummarySchema,
} from '../../reader/reader-schemas.js';
import {
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
} from '../auth/auth-schemas.js';
import {
  analysisSchema,
  catalogReportSchema,
  demoRemovedSchema,
  errorBodySchema,
  feedBodySchema,
  feedListSchema,
  feedRemovedSchema,
  feedViewSchema,
} from './api-schemas.js';

type JsonSchema = Record<string, unknown>;

/** Names of the shared answer shapes in `components.schemas`; other answers are named after their operation. */
function responseNames(): Array<[z.ZodType, string]> {
  return [
    [errorBodySchema, 'Error'],
    [feedPageSchema, 'FeedPage'],
    [feedEntrySchema, 'FeedEntry'],
    [shownItemSchema, 'ShownItem'],
    [hiddenCardSchema, 'HiddenCard'],
    [hiddenReasonSchema, 'HiddenReason'],
    [horizonViewSchema, 'Horizon'],
    [entityRefSchema, 'EntityRef'],
    [itemKindSchema, 'ItemKind'],
    [itemPageSchema, 'ItemPage'],
    [itemDetailSchema, 'ItemDetail'],
    [showListSchema, 'ShowList'],
    [showSummarySchema, 'ShowSummary'],
    [showPageSchema, 'ShowPage'],
    [episodeViewSchema, 'Episode'],
    [episodePageSchema, 'EpisodePage'],
    [personPageSchema, 'PersonPage'],
    [searchResultSchema, 'SearchResult'],
    [feedListSchema, 'FeedList'],
    [feedViewSchema, 'Feed'],
    [feedRemovedSchema, 'FeedRemoved'],
    [demoRemovedSchema, 'DemoRemoved'],
    [catalogReportSchema, 'CatalogImportReport'],
    [analysisSchema, 'Analysis'],
    [sessionResponseSchema, 'Session'],
    [sessionUserSchema, 'User'],
    [progressResponseSchema, 'Progress'],
    [settingsSchema, 'Settings'],
    [revealsResponseSchema, 'Reveals'],
  ];
}

/** Names of the request bodies in `components.schemas`. */
function bodyNames(): Array<[z.ZodType, string]> {
  return [
    [setupBodySchema, 'NewAccount'],
    [sessionBodySchema, 'Credentials'],
    [passwordBodySchema, 'PasswordChange'],
    [progressBodySchema, 'ProgressUpdate'],
    [settingsBodySchema, 'SettingsUpdate'],
    [feedBodySchema, 'NewFeed'],
    [catalogSchema, 'Catalog'],
  ];
}

const refTo = (name: string) => `#/components/schemas/${name}`;

/** A JSON Schema made by zod, without the keys that belong to a standalone document rather than to OpenAPI. */
export function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * Collects the schemas of answers (their output shape) and of request bodies (their input shape) under names, and
 * makes `components.schemas` from them with `z.toJSONSchema`; a shared shape nested in another becomes a $ref.
 */
export class SchemaComponents {
  private readonly responses = z.registry<{ id: string }>();
  private readonly bodies = z.registry<{ id: string }>();

  constructor() {
    for (const [schema, id] of responseNames()) this.responses.add(schema, { id });
    for (const [schema, id] of bodyNames()) this.bodies.add(schema, { id });
  }

  /** A $ref to the answer schema, named `fallback` unless it has a shared name. */
  response(schema: z.ZodType, fallback: string): JsonSchema {
    if (!this.responses.has(schema)) this.responses.add(schema, { id: fallback });
    return { $ref: refTo(this.responses.get(schema)!.id) };
  }

  /** A $ref to the request body schema, named `fallback` unless it has a shared name. */
  body(schema: z.ZodType, fallback: string): JsonSchema {
    if (!this.bodies.has(schema)) this.bodies.add(schema, { id: fallback });
    return { $ref: refTo(this.bodies.get(schema)!.id) };
  }

  /** `components.schemas`; throws when two different shapes would get one name. */
  schemas(): Record<string, JsonSchema> {
    const out = z.toJSONSchema(this.responses, { uri: refTo, io: 'output', unrepresentable: 'any' }).schemas;
    const input = z.toJSONSchema(this.bodies, { uri: refTo, io: 'input', unrepresentable: 'any' }).schemas;
    const all: Record<string, JsonSchema> = {};
    for (const [name, schema] of [...Object.entries(out), ...Object.entries(input)]) {
      if (name in all) throw new Error(`two schemas named ${name} in the OpenAPI document`);
      all[name] = bare(schema as JsonSchema);
    }
    return all;
  }
}
