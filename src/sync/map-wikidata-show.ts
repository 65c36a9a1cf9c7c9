import { AppError } from '../errors/app-error.js';
import type { SyncedShow } from './synced-show.js';
import { hangulRe } from './synced-show.js';
import { qidOf, type SparqlBinding } from './wikidata-schemas.js';

const dateOf = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : null);

/**
 * Maps the rows of the show query (one fact per row, tagged by ?kind) into a synced show: English label as title,
 * Korean label as Hangul, aliases in both languages, the first original broadcaster, number of episodes, start and
 * end dates, and cast members with their English and Korean labels and character role when Wikidata has one.
 */
export function mapWikidataShow(qid: string, rows: SparqlBinding[]): SyncedShow {
  const of = (kind: string) => rows.filter((r) => r.kind?.value === kind);
  const labels = of('label');
  const en = labels.find((r) => r.value['xml:lang'] === 'en')?.value.value.trim();
  const ko = labels.find((r) => r.value['xml:lang'] === 'ko')?.value.value.trim();
  if (!en) throw new AppError('sync.malformed', `Wikidata ${qid} has no English label`);
  const aliases = [...new Set(of('alias').map((r) => r.value.value.trim()))].filter((a) => a && a !== en && a !== ko);
  const networkRow = of('network').sort((a, b) => (a.item?.value ?? '').localeCompare(b.item?.value ?? ''))[0];
  const networkId = qidOf(networkRow?.item?.value);
  const episodes = Number(of('episodes')[0]?.value.value);
  const dates = (kind: string) =>
    of(kind)
      .map((r) => dateOf(r.value.value))
      .filter((d): d is string => !!d)
      .sort();
  const castById = new Map<string, SyncedShow['cast'][number]>();
  for (const r of of('cast')) {
    const id = qidOf(r.item?.value);
    const name = r.en?.value.trim();
    if (!id || !name) continue;
    const prev = castById.get(id);
    const role = r.role?.value.trim() || null;
    if (prev) {
      if (!prev.character && role) prev.character = role;
      continue;
    }
    const hangul = r.ko?.value.trim();
    castById.set(id, {
      person: { sourceId: id, name, hangul: hangul && hangulRe.test(hangul) ? hangul : null, aliases: [] },
      character: role && !hangulRe.test(role) ? role : null,
      characterHangul: role && hangulRe.test(role) ? role : null,
    });
  }
  return {
    source: 'wikidata',
    sourceId: qid,
    title: en,
    hangul: ko && hangulRe.test(ko) ? ko : null,
    aliases,
    network:
      networkRow?.en && networkId
        ? { sourceId: networkId, name: networkRow.en.value.trim(), hangul: networkRow.ko?.value.trim() ?? null }
        : null,
    episodeCount: Number.isInteger(episodes) && episodes > 0 ? episodes : null,
    episodes: [],
    firstAirDate: dates('start')[0] ?? null,
    lastAirDate: dates('end').at(-1) ?? null,
    cast: [...castById.values()],
  };
}
