import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from './catalog-json-schema.js';

describe('the published catalog schema', () => {
  it('is the one in data/catalog.schema.json (regenerate with `haebang catalog schema -o data/catalog.schema.json`)', () => {
    const published = JSON.parse(readFileSync(new URL('../../data/catalog.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(catalogJsonSchema());
  });

  it('describes shows with their required fields', () => {
    const schema = catalogJsonSchema() as { properties: { shows: { items: { required: string[] } } } };
    expect(schema.properties.shows.items.required).toEqual(
      expect.arrayContaining(['id', 'title', 'hangul', 'network', 'episodeCount']),
    );
  });
});
