import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../test/storage-targets.js';
import type { Database } from '../store/open-database.js';
import { titleKeyOf } from './prepare-item.js';
import { trigramSimilarity, trigramsOf } from './title-similarity.js';

const pairs: Array<[string, string]> = [
  [
    'Episode 11 of My Liberation Notes ends with a confession',
    'Episode 11 of "My Liberation Notes" ends with a confession!',
  ],
  ['Son Seok-gu and Kim Ji-won share a quiet bench scene', 'Son Seok Koo, Kim Ji Won share quiet bench scene'],
  ['나의 해방일지 손석구, 종영 소감 전해', '나의 해방일지 손석구 종영 소감'],
  ['Goblin episode 3 ratings', 'Goblin episode 4 ratings'],
  ['A completely different headline', 'Ratings climb for the weekend drama'],
  ['x', 'x y'],
];

describe('trigram similarity', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openMemoryDatabase();
  });
  afterAll(async () => database.close());

  it.each(pairs)('agrees with pg_trgm: "%s" ~ "%s"', async (a, b) => {
    const [ka, kb] = [titleKeyOf(a), titleKeyOf(b)];
    const { rows } = await sql<{ s: number }>`select similarity(${ka}, ${kb}) as s`.execute(database.db);
    expect(trigramSimilarity(trigramsOf(ka), trigramsOf(kb))).toBeCloseTo(Number(rows[0].s), 5);
  });
});
