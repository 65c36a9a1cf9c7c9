import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLinker } from '../link/build-linker.js';
import { catalogSchema } from './catalog-schema.js';
import { starterCatalogUrl } from './ensure-starter-catalog.js';
import { isCatalogName } from './search-catalog.js';

const linker = buildLinker(catalogSchema.parse(JSON.parse(readFileSync(starterCatalogUrl, 'utf8'))));

describe('isCatalogName', () => {
  // True when every word is in a name or title the catalog knows: the linked items are the search's items then.
  it.each([
    ['My Liberation Notes', true],
    ['my liberation notes', true],
    ['son suk ku', true],
    ['손석구', true],
    ['Son Suk-ku new weekend drama', false],
    ['nationwide rating', false],
    ['', false],
    ['!!!', false],
  ])('%s → %s', (q, expected) => {
    expect(isCatalogName(q, linker)).toBe(expected);
  });
});
