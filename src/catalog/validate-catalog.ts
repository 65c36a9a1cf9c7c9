import { type Catalog, catalogSchema } from './catalog-schema.js';
import { checkEpisodeDates } from './episode-dates.js';

export interface KnownIds {
  people: ReadonlySet<string>;
  networks: ReadonlySet<string>;
}

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

/** JSON path of a zod issue path: $.shows[3].cast[0].person */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

/**
 * Validates a parsed catalog file: its shape, then the references between entries (against the file itself and the
 * entries already stored), duplicate ids and episode dates. Every problem is reported with its JSON path.
 */
export function validateCatalog(
  input: unknown,
  known: KnownIds = { people: new Set(), networks: new Set() },
): CatalogValidation {
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`) };
  const catalog = parsed.data;
  const problems: string[] = [];
  const people = new Set(known.people);
  const networks = new Set(known.networks);
  const unique = (kind: 'networks' | 'people' | 'shows', into?: Set<string>) => {
    const seen = new Map<string, number>();
    catalog[kind].forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined)
        problems.push(`$.${kind}[${i}].id: duplicate id "${entry.id}" (also at $.${kind}[${first}])`);
      else seen.set(entry.id, i);
      into?.add(entry.id);
    });
  };
  unique('networks', networks);
  unique('people', people);
  unique('shows');
  catalog.shows.forEach((show, i) => {
    if (!networks.has(show.network)) problems.push(`$.shows[${i}].network: unknown network "${show.network}"`);
    show.cast?.forEach((c, j) => {
      if (!people.has(c.person)) problems.push(`$.shows[${i}].cast[${j}].person: unknown person "${c.person}"`);
    });
    show.crew?.forEach((c, j) => {
      if (!people.has(c.person)) problems.push(`$.shows[${i}].crew[${j}].person: unknown person "${c.person}"`);
    });
    if (show.firstAirDate && show.lastAirDate && show.lastAirDate < show.firstAirDate)
      problems.push(`$.shows[${i}].lastAirDate: ${show.lastAirDate} is before firstAirDate ${show.firstAirDate}`);
    for (const problem of checkEpisodeDates(show)) problems.push(`$.shows[${i}]: ${problem}`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, catalog };
}
