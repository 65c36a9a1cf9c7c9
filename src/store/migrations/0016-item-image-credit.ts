import type { Kysely } from 'kysely';

/** An item's image caption and credit as its feed gave them (media:description or media:title, media:credit). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').addColumn('image_caption', 'text').addColumn('image_credit', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').dropColumn('image_caption').dropColumn('image_credit').execute();
}
