import { romanize } from 'es-hangul';

/**
 * A catalog id for a new entry: lower-case kebab of its English name ("My Liberation Notes" ->
 * "my-liberation-notes"), romanized when the name is Hangul; on a collision the year is appended, then a number.
 */
export function makeEntryId(name: string, taken: (id: string) => boolean, year?: string | null): string {
  const base = slugify(/[\uac00-\ud7a3]/.test(name) ? romanize(name) : name) || 'entry';
  const candidates = [base, ...(year ? [`${base}-${year}`] : [])];
  for (const c of candidates) if (!taken(c)) return c;
  for (let n = 2; ; n++) if (!taken(`${candidates.at(-1)}-${n}`)) return `${candidates.at(-1)}-${n}`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
}
