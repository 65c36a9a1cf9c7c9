import { AppError } from '../errors/app-error.js';
import { countSpellings } from '../store/reader-repository.js';
import { gateEntries } from './gate-entries.js';
import { loadLinkedItems } from './load-linked-items.js';
import type { Reader, ReaderDeps } from './reader-deps.js';
import type { PersonPage, ShownItemView } from './reader-schemas.js';

const itemsPerPerson = 40;

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
    countSpellings(deps.db, 'person', personId),
    loadLinkedItems(deps.db, { personId }, itemsPerPerson),
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
