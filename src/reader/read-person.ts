import { AppError } from '../errors/app-error.js';
import { listSpellingsByItem } from '../store/reader-repository.js';
import { findVisibleIds } from './find-visible-ids.js';
import { gateEntries } from './gate-entries.js';
import { gateFilterOf } from './gate-filter.js';
import { loadLinkedItems } from './load-linked-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { PersonPage, ShownItemView } from './reader-schemas.js';

const itemsPerPerson = 40;
const spellingItems = 5_000;

/**
 * Every spelling of the person's name in the items this reader may see, with how many items used it. Items hidden
 * from the reader are not counted: a count would tell that news of a later episode names them.
 */
async function countVisibleSpellings(deps: ReaderDeps, reader: Reader, personId: string) {
  const rows = await listSpellingsByItem(deps.db, 'person', personId, spellingItems);
  const visible = await findVisibleIds(
    deps,
    reader,
    rows.map((r) => r.item_id),
  );
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (visible.has(row.item_id)) for (const s of new Set(row.spellings)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts]
    .map(([spelling, items]) => ({ spelling, items }))
    .sort((a, b) => b.items - a.items || a.spelling.localeCompare(b.spelling));
}

/**
 * A person's page: every spelling of their name seen in items, their shows and roles, and their items. Items hidden
 * from this reader are left out (not even counted): that someone is named in news of a later episode can be the
 * spoiler itself.
 */
export async function readPerson(deps: ReaderDeps, reader: Reader, personId: string): Promise<PersonPage> {
  const view = deps.linker().view;
  const person = view.people.get(personId);
  if (!person) throw new AppError('not-found', `no person ${personId} in the catalog`);
  const [spellings, items] = await Promise.all([
    countVisibleSpellings(deps, reader, personId),
    loadLinkedItems(deps.db, { personId, gate: gateFilterOf(reader) }, itemsPerPerson, reader.user.id),
  ]);
  const roles = (view.showsOfPerson.get(personId) ?? []).flatMap((showId) => {
    const show = view.shows.get(showId);
    if (!show) return [];
    return (show.cast ?? [])
      .filter((c) => c.person === personId)
      .map((c) => ({
        show: { kind: 'show' as const, id: show.id, name: show.title, hangul: show.hangul },
        character: c.character,
        characterHangul: c.characterHangul ?? null,
      }));
  });
  return {
    person: { id: person.id, name: person.name, hangul: person.hangul, aliases: person.aliases ?? [] },
    spellings,
    roles,
    items: gateEntries(items, view, reader).filter((e): e is ShownItemView => !e.hidden),
  };
}
