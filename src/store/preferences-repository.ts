import type { Kysely } from 'kysely';
import type { DB } from './db-types.js';

export type LocaleSetting = 'auto' | 'en' | 'ko';
export type ThemeSetting = 'auto' | 'light' | 'dark';

/** How the interface looks to one user: language and colour scheme (`auto`: what the browser says). */
export interface Preferences {
  locale: LocaleSetting;
  theme: ThemeSetting;
}

export const defaultPreferences: Preferences = { locale: 'auto', theme: 'auto' };

export async function getPreferences(db: Kysely<DB>, userId: number): Promise<Preferences> {
  const row = await db
    .selectFrom('user_preferences')
    .select(['locale', 'theme'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { locale: row.locale, theme: row.theme } : { ...defaultPreferences };
}

/** Changes the given preferences of one user, keeping the others. */
export async function setPreferences(db: Kysely<DB>, userId: number, change: Partial<Preferences>): Promise<void> {
  const next = { ...(await getPreferences(db, userId)), ...change };
  const now = new Date();
  await db
    .insertInto('user_preferences')
    .values({ user_id: userId, locale: next.locale, theme: next.theme, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ locale: next.locale, theme: next.theme, updated_at: now }))
    .execute();
}
