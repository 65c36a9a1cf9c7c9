import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { validateCatalog } from '../src/catalog/validate-catalog.js';
import { loadConfig } from '../src/config/load-config.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { buildLinker } from '../src/link/build-linker.js';

/**
 * The article haebang grew from lives in ../shared/seed beside the checkout (not in the repo: it is not our text).
 * Where it is present (always under CI) the whole analysis is checked against what a reader knows of it.
 */
const seedDir = new URL('../../shared/seed/', import.meta.url);
const present = existsSync(seedDir);
const config = loadConfig();

describe.runIf(present || config.ci)('the seed article', () => {
  const file = present ? readdirSync(seedDir).find((f) => f.endsWith('.txt')) : undefined;
  const catalog = validateCatalog(
    JSON.parse(readFileSync(new URL('../data/starter-catalog.json', import.meta.url), 'utf8')),
  );
  if (!catalog.ok) throw new Error(catalog.problems.join('\n'));
  const linker = buildLinker(catalog.catalog);

  it('is analysed like a careful reader would', () => {
    expect(file, 'no seed article in ../shared/seed').toBeDefined();
    const bytes = readFileSync(new URL(file!, seedDir));
    const doc = extractArticle({ bytes, published: '2022-05-16' });
    const a = analyzeArticle(doc, linker, { today: '2026-11-25' });
    const kinds = a.structure.map((b) => b.kind);
    expect(kinds[0]).toBe('headline');
    expect(kinds).toContain('dek');
    expect(kinds).toContain('spoiler-notice');
    expect(kinds).toContain('source');
    expect(kinds).toContain('related');
    expect(a.structure.filter((b) => b.kind === 'caption').map((b) => b.credit)).toEqual(['JTBC', 'JTBC']);
    expect(a.shows.map((s) => s.id)).toContain('my-liberation-notes');
    expect(a.people.map((p) => p.id).sort()).toEqual(['kim-ji-won', 'lee-el', 'lee-min-ki', 'son-suk-ku']);
    const glued = a.mentions.filter((m) => m.text === 'Lee Min Ki' || m.text === 'Kim Ji Won');
    expect(glued.length).toBeGreaterThanOrEqual(2);
    expect(a.characters).toContainEqual(expect.objectContaining({ show: 'my-liberation-notes', person: 'son-suk-ku' }));
    expect(a.networks.map((n) => n.id)).toEqual(['jtbc']);
    const horizon = a.spoilers.find((s) => s.show === 'my-liberation-notes');
    expect(horizon?.throughEpisode).toBe(11);
    expect(horizon?.evidence.some((e) => /episode 11/i.test(e.text))).toBe(true);
    expect(a.spoilers.find((s) => s.show === 'squid-game')).toBeUndefined();
  });
});
