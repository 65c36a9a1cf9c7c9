import { type Kysely, sql } from 'kysely';

/**
 * Full-text search over items (issue 14): a `tsvector` of each item's title (weight A, also with hyphens dropped, so
 * "Jiwon" finds "Ji-won"), summary (B) and article text (D), kept by the database as a stored generated column (so
 * every writer stays as it is and the rows already stored are filled when the column is added), under a GIN index.
 *
 * The 'simple' configuration (lower case, no stemming, no stop words: names and titles are not English words) reads
 * everything but Hangul. Korean words carry particles (김지원이, 갯마을에서), so Hangul is indexed as overlapping
 * syllable pairs instead of words: 갯마을 → 갯마, 마을; a search for 김지원 asks for 김지 and 지원 and finds 김지원이.
 * The pairs are made with two regular-expression passes (pairs from each run's first syllable, then from its second),
 * as neither PGlite nor Debian's PostgreSQL has pg_bigm. See search-query.ts for the query side.
 *
 * The vector also holds the month the item was published in (`ym202611`), so that the index itself can find the
 * newest matches month by month (search-repository.ts) instead of reading every match of a common word.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function haebang_search_words(t text) returns tsvector language plpgsql immutable parallel safe as $$
    declare
      h text;
    begin
      if t !~ '[가-힣]' then
        return to_tsvector('simple', t);
      end if;
      h := regexp_replace(t, '[^가-힣]+', ' ', 'g');
      return to_tsvector('simple', regexp_replace(t, '[가-힣]+', ' ', 'g'))
        || to_tsvector('simple', regexp_replace(h, '([가-힣]{2})', ' \\1 ', 'g') || ' '
          || regexp_replace(regexp_replace(h, '(^| )[가-힣]', '\\1', 'g'), '([가-힣]{2})', ' \\1 ', 'g'));
    end $$`.execute(db);
  await sql`alter table items add column search_vector tsvector generated always as (
      setweight(haebang_search_words(title || ' ' || replace(title, '-', '')), 'A')
      || setweight(haebang_search_words(summary), 'B')
      || setweight(haebang_search_words(coalesce(doc->>'text', '')), 'D')
      || coalesce(to_tsvector('simple', 'ym' || (extract(year from timezone('UTC', published_at)) * 100
        + extract(month from timezone('UTC', published_at)))::int::text), '')
    ) stored`.execute(db);
  await sql`create index items_search_vector on items using gin (search_vector)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table items drop column search_vector`.execute(db);
  await sql`drop function haebang_search_words(text)`.execute(db);
}
