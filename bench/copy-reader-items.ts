import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/store/db-types.js';

/**
 * Makes the generated items `copies` times as many, in SQL (one INSERT … SELECT per table and copy, nothing sent
 * from here): copy k of an item gets a new id, guid and URL (with `.k`; the originals' have no dot), a number appended to its title, and its own publication
 * time spread over the same three years (both taken from md5(id:k)), with its links and horizons. A million items
 * load in a few minutes where generating each in memory and sending it took ten times longer. Run it inside the bulk
 * load's transaction, with the secondary indexes dropped and triggers off (generate-reader-data.ts).
 */
export async function copyReaderItems(
  trx: Kysely<DB>,
  copies: number,
): Promise<{ entities: number; horizons: number }> {
  const idOf = (col: string) => sql.raw(`substr(md5(${col} || ':' || k), 1, 24)`);
  const timeOf = (col: string) =>
    sql.raw(`(timestamptz '2023-11-02 00:00:00+00' + ((('x' || substr(md5(${col} || ':' || k), 25, 8))::bit(32)::bigint
      % 94608000) * interval '1 second'))`);
  let entities = 0;
  let horizons = 0;
  for (let k = 1; k < copies; k++) {
    await sql`insert into items (id, feed_id, guid, url, canonical_url, title, title_key, published_at, published_date,
        source_name, media_type, video_id, image_url, summary, content_html, doc, kind, analysis, analyzed_with)
      select ${idOf('i.id')}, i.feed_id, i.guid || '.' || k, i.url || '.' || k, i.canonical_url || '.' || k,
        regexp_replace(i.title, '\\((\\d+)\\)$', '(\\1' || k || ')'), regexp_replace(i.title_key, '(\\d+)$', '\\1' || k),
        ${timeOf('i.id')}, to_char(${timeOf('i.id')} at time zone 'Asia/Seoul', 'YYYY-MM-DD'), i.source_name,
        i.media_type, i.video_id, i.image_url, i.summary, i.content_html, i.doc, i.kind, i.analysis, i.analyzed_with
      from items i, (select ${k}::int as k) c
      where i.guid not like '%.%'`.execute(trx);
    const e = await sql`insert into item_entities (item_id, kind, entity_id, mentions, spellings, published_at)
      select ${idOf('e.item_id')}, e.kind, e.entity_id, e.mentions, e.spellings, ${timeOf('e.item_id')}
      from item_entities e join items i on i.id = e.item_id and i.guid not like '%.%', (select ${k}::int as k) c`.execute(
      trx,
    );
    const h = await sql`insert into item_horizons (item_id, show_id, through_episode, confidence, evidence)
      select ${idOf('h.item_id')}, h.show_id, h.through_episode, h.confidence, h.evidence
      from item_horizons h join items i on i.id = h.item_id and i.guid not like '%.%', (select ${k}::int as k) c`.execute(
      trx,
    );
    entities += Number(e.numAffectedRows ?? 0);
    horizons += Number(h.numAffectedRows ?? 0);
  }
  return { entities, horizons };
}
