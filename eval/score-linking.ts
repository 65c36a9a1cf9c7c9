import type { Catalog } from '../src/catalog/catalog-schema.js';
import type { Linker } from '../src/link/build-linker.js';
import { characterKey } from '../src/link/catalog-view.js';
import type { LinkRow } from './load-dev-set.js';

export type LinkKind = 'show' | 'person' | 'character' | 'network';
export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
}
export interface LinkingReport {
  scores: Record<LinkKind, KindScore>;
  errors: Array<{ id: string; kind: LinkKind; missed: string[]; extra: string[] }>;
}

/** The expected entity keys of a row, in the linker's id space (people by Hangul, characters by show + Hangul). */
export function expectedKeys(row: LinkRow, catalog: Catalog): Record<LinkKind, Set<string>> {
  const personByHangul = new Map<string, string[]>();
  for (const p of catalog.people) personByHangul.set(p.hangul, [...(personByHangul.get(p.hangul) ?? []), p.id]);
  const characterOf = (show: string, hangul?: string, name?: string) => {
    const cast = catalog.shows.find((s) => s.id === show)?.cast ?? [];
    const c = cast.find((c) => (hangul && c.characterHangul === hangul) || (name && c.character === name));
    return c ? characterKey(show, c) : `${show}/${hangul ?? name}`;
  };
  return {
    show: new Set(row.expect.shows ?? []),
    person: new Set((row.expect.people ?? []).flatMap((h) => personByHangul.get(h) ?? [`unknown:${h}`])),
    character: new Set((row.expect.characters ?? []).map((c) => characterOf(c.show, c.hangul, c.name))),
    network: new Set(row.expect.networks ?? []),
  };
}

export function scoreLinking(rows: LinkRow[], linker: Linker, catalog: Catalog): LinkingReport {
  const kinds: LinkKind[] = ['show', 'person', 'character', 'network'];
  const scores = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<LinkKind, KindScore>;
  const errors: LinkingReport['errors'] = [];
  for (const row of rows) {
    const expected = expectedKeys(row, catalog);
    const mentions = linker.link(row.text);
    for (const kind of kinds) {
      const found = new Set(mentions.filter((m) => m.kind === kind && m.id).map((m) => m.id!));
      const missed = [...expected[kind]].filter((k) => !found.has(k));
      const extra = [...found].filter((k) => !expected[kind].has(k));
      scores[kind].tp += found.size - extra.length;
      scores[kind].fp += extra.length;
      scores[kind].fn += missed.length;
      if (missed.length || extra.length) errors.push({ id: row.id, kind, missed, extra });
    }
  }
  return { scores, errors };
}

export const precision = (s: KindScore) => (s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1);
export const recall = (s: KindScore) => (s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1);
