import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../test/storage-targets.js';
import type { ErrorCode } from '../../errors/app-error.js';
import { statusOf } from '../error-response.js';
import { type ApiTestApp, openApiTestApp } from './api-test-app.js';
import { apiRoutes, errorCodesOf, openApiDocument, openApiPath } from './openapi-document.js';

/**
 * Walks every operation of the OpenAPI document and sends it inputs outside its schema (generated from the
 * document's own JSON Schemas): wrong types, out-of-range numbers, oversize and malformed strings, missing and extra
 * fields, unknown query parameters, and well-formed ids that name nothing. Each must answer 4xx with an error code
 * the document lists for the operation, and write nothing (the row count of every table is unchanged).
 */

type Schema = {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: unknown;
  anyOf?: Schema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema: Schema; $ref?: string };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const doc = openApiDocument() as unknown as Doc;
const resolve = (s: Schema): Schema => (s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]) : s);

/** A valid body per request schema: each invalid body changes one thing of it. A new body must be added here. */
const validBodies: Record<string, unknown> = {
  NewAccount: { name: 'newcomer', password: 'a long enough password' },
  Credentials: { name: 'owner', password: 'owner password' },
  PasswordChange: { currentPassword: 'owner password', newPassword: 'another long password' },
  ProgressUpdate: { watchedThrough: 3 },
  SettingsUpdate: { unfollowedPolicy: 'show' },
  NewFeed: { url: 'https://feeds.example.org/drama.xml', intervalMinutes: 60 },
  Catalog: { networks: [], people: [], shows: [] },
  PostAnalyzeBody: { text: 'Son Suk-ku in episode 3.', published: '2022-04-20' },
  PostReadBody: { show: 'my-liberation-notes' },
  PutFeedTokenBody: { hiddenItems: 'omit' },
};

/** Values of one JSON Schema that it does not admit (as JSON values; query and path values are their text). */
function outside(schema: Schema, inText = false): Array<[string, unknown]> {
  const s = resolve(schema);
  if (s.anyOf) {
    const nullable = s.anyOf.some((a) => a.type === 'null');
    const values = outside(s.anyOf.find((a) => a.type !== 'null') ?? s.anyOf[0], inText);
    return nullable ? values.filter(([, v]) => v !== null) : values;
  }
  const out: Array<[string, unknown]> = [];
  if (s.enum) out.push(['not one of the choices', 'not-a-choice']);
  if (s.type === 'string') {
    if (!inText) out.push(['a number for a string', 12345], ['null for a string', null], ['an array', ['x']]);
    if (s.maxLength !== undefined) out.push([`${s.maxLength + 1} characters`, 'x'.repeat(s.maxLength + 1)]);
    if (s.minLength) out.push(['too short', ''.padEnd(s.minLength - 1, 'x')]);
    if (s.pattern) out.push(['not matching its pattern', 'Not A Valid/Id!'], ['far too long', 'a'.repeat(100_001)]);
    if (s.format === 'uri') out.push(['not a URL', 'not a url'], ['not http(s)', 'javascript:alert(1)']);
  }
  if (s.type === 'integer' || s.type === 'number') {
    if (!inText) out.push(['a string for a number', '3'], ['true for a number', true]);
    else out.push(['not a number', 'three']);
    if (s.type === 'integer') out.push(['a fraction', 1.5]);
    if (s.minimum !== undefined) out.push(['below its minimum', s.minimum - 1]);
    if (s.maximum !== undefined) out.push(['above its maximum', s.maximum + 1]);
  }
  if (s.type === 'array') out.push(['an object for an array', { a: 1 }], ['a string for an array', 'x']);
  if (s.type === 'object') out.push(['a string for an object', 'x']);
  return out.map(([what, v]) => [what, inText && typeof v !== 'string' ? String(v) : v]);
}

type Case = { name: string; method: string; path: string; query?: string; body?: unknown; raw?: string; type?: string };

/** Ids that have the right form and name nothing stored: the route must say not-found (404), not write a row. */
const unknownIds: Record<string, string> = {
  showId: 'no-such-show',
  itemId: 'no-such-item',
  personId: 'no-such-person',
  episode: '999',
  feedId: '999999',
};

function casesOf(path: string, method: string, op: Operation, valid: Record<string, string>): Case[] {
  const params = (op.parameters ?? []).filter((p) => !p.$ref);
  const pathWith = (over: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(over[n] ?? valid[n]));
  const base = { method, path: pathWith({}) };
  const bodySchema = op.requestBody?.content['application/json'].schema;
  const bodyName = bodySchema?.$ref?.split('/').pop();
  const validBody = bodyName ? validBodies[bodyName] : undefined;
  const cases: Case[] = [];
  for (const p of params.filter((p) => p.in === 'path')) {
    for (const [what, value] of outside(p.schema, true))
      cases.push({
        ...base,
        name: `path ${p.name}: ${what}`,
        path: pathWith({ [p.name]: String(value) }),
        body: validBody,
      });
    cases.push({
      ...base,
      name: `path ${p.name}: unknown`,
      path: pathWith({ [p.name]: unknownIds[p.name] }),
      body: validBody,
    });
  }
  const query = params.filter((p) => p.in === 'query');
  for (const p of query)
    for (const [what, value] of outside(p.schema, true))
      cases.push({
        ...base,
        name: `query ${p.name}: ${what}`,
        query: `${p.name}=${encodeURIComponent(String(value))}`,
      });
  cases.push({ ...base, name: 'an unknown query parameter', query: 'userId=1', body: validBody });
  if (bodySchema) {
    const s = resolve(bodySchema);
    const valid = validBody as Record<string, unknown>;
    cases.push(
      { ...base, name: 'body: not JSON', raw: '{"watchedThrough":', type: 'application/json' },
      { ...base, name: 'body: not declared JSON', raw: JSON.stringify(valid), type: 'text/plain' },
      { ...base, name: 'body: an array', body: [valid] },
      { ...base, name: 'body: a string', body: 'x' },
      { ...base, name: 'body: null', body: null },
    );
    for (const name of s.required ?? []) {
      const { [name]: _dropped, ...rest } = valid;
      cases.push({ ...base, name: `body: ${name} missing`, body: rest });
    }
    for (const [name, property] of Object.entries(s.properties ?? {}))
      for (const [what, value] of outside(property))
        cases.push({ ...base, name: `body ${name}: ${what}`, body: { ...valid, [name]: value } });
    if (s.additionalProperties === false)
      cases.push({ ...base, name: 'body: an extra field', body: { ...valid, userId: 1 } });
  }
  return cases;
}

describe('every route of the OpenAPI document refuses input outside its schema', () => {
  let t: ApiTestApp;
  let close: () => Promise<void>;
  let tables: string[];
  beforeAll(async () => {
    const database = await openMemoryDatabase();
    close = database.close;
    t = await openApiTestApp(database);
    const rows = await sql<{ table_name: string }>`select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(t.deps.db);
    tables = rows.rows.map((r) => r.table_name);
  }, 120_000);
  afterAll(() => close?.());

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of tables)
      out[table] = Number(
        (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.deps.db)).rows[0].n,
      );
    return out;
  };

  it('has a valid sample body for every request body, and bounds every string it takes', () => {
    const named = new Set<string>();
    for (const ops of Object.values(doc.paths))
      for (const op of Object.values(ops)) {
        const ref = op.requestBody?.content['application/json'].schema.$ref;
        if (ref) named.add(ref.split('/').pop()!);
        for (const p of op.parameters ?? [])
          if (p.schema?.type === 'string')
            expect(p.schema.maxLength ?? p.schema.pattern ?? p.schema.enum, p.name).toBeDefined();
      }
    expect([...named].sort()).toEqual(Object.keys(validBodies).sort());
    for (const name of named) {
      const s = resolve({ $ref: `#/components/schemas/${name}` });
      // The catalog format alone admits extra fields (documented: later versions may add some).
      if (name !== 'Catalog') expect(s.additionalProperties, name).toBe(false);
      for (const [field, property] of Object.entries(s.properties ?? {})) {
        const p = resolve(property.anyOf?.[0] ?? property);
        if (p.type === 'string') expect(p.maxLength ?? p.pattern ?? p.enum, `${name}.${field}`).toBeDefined();
      }
    }
  });

  const valid = () => ({
    showId: 'my-liberation-notes',
    itemId: t.ids.recap4,
    personId: 'son-suk-ku',
    episode: '4',
    feedId: '1',
  });
  const specs = apiRoutes();
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o]))(
    '%s',
    async (_name, { path, method, op }) => {
      const spec = specs.find((s) => s.method === method && openApiPath(s.path) === path)!;
      const allowed = errorCodesOf(spec);
      const cases = casesOf(path, method, op, valid());
      expect(cases.length).toBeGreaterThan(0);
      const before = await counts();
      for (const c of cases) {
        const url = `${c.path}${c.query ? `?${c.query}` : ''}`;
        const res =
          c.raw !== undefined
            ? await t.owner.call(c.method.toUpperCase(), url, { raw: c.raw, headers: { 'content-type': c.type! } })
            : await t.owner.call(c.method.toUpperCase(), url, { body: c.body });
        const label = `${method} ${url} (${c.name})`;
        expect(res.status, label).toBeGreaterThanOrEqual(400);
        expect(res.status, label).toBeLessThan(500);
        const { error } = (await res.json()) as { error: { code: ErrorCode; message: string } };
        expect(allowed, `${label}: ${error.code} ${error.message}`).toContain(error.code);
        expect(res.status, label).toBe(statusOf[error.code]);
        expect(error.message.length, label).toBeGreaterThan(0);
      }
      expect(await counts()).toEqual(before);
    },
  );
});
