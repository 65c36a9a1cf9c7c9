import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainArticle } from '../extract/parse-plain-article.js';
import { decideSpoilers } from './decide-spoilers.js';
import { mentionsIn, testShows } from './test-shows.js';

interface Fixture {
  name: string;
  published: string | null;
  text: string;
  kind: string;
  horizons: Record<string, number>;
}
const fixtures: Fixture[] = JSON.parse(readFileSync(new URL('./fixtures/horizons.json', import.meta.url), 'utf8'));

function decide(text: string, published: string | null) {
  const doc = parsePlainArticle(text, { published });
  const mentions = mentionsIn(doc.text);
  const ids = new Set(mentions.map((m) => (m.kind === 'person' ? '' : m.id!.split('/')[0])).filter(Boolean));
  const shows = Object.values(testShows).filter((s) => ids.has(s.id));
  return { doc, result: decideSpoilers({ doc, mentions, shows, today: '2026-11-25' }) };
}

describe('decideSpoilers golden fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const { doc, result } = decide(f.text, f.published);
    expect(result.kind).toBe(f.kind);
    expect(Object.fromEntries(result.spoilers.map((s) => [s.show, s.throughEpisode]))).toEqual(f.horizons);
    for (const s of result.spoilers) {
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
