import type { Mention } from '../analyze/analysis-types.js';
import { findNames } from '../names/find-names.js';
import type { NameCandidate, NameIndex, NameMatch } from '../names/name-types.js';
import { findLooseTitles } from '../titles/find-loose-titles.js';
import { findNetworks } from '../titles/find-networks.js';
import { findTitles } from '../titles/find-titles.js';
import type { SupportSpan, TitleIndex } from '../titles/title-types.js';
import type { CatalogView } from './catalog-view.js';
import { crewRoleAt } from './crew-role-words.js';
import { findMisspeltCast } from './misspelt-cast.js';
import { resolveOverlaps } from './resolve-overlaps.js';

interface LinkIndexes {
  view: CatalogView;
  names: NameIndex;
  titles: TitleIndex;
}

const isCharacterKey = (key: string) => key.includes('/');

/**
 * Finds every show, person, character and network a text names. Names and networks come first, because a cast
 * member or the network near a short title ("Mine", "Start-Up") is what supports linking it; the shows a text names
 * then decide which character names count (a character's given name alone only counts in a text about its show).
 */
export function linkText(text: string, { view, names, titles }: LinkIndexes): Mention[] {
  const networks = findNetworks(text, titles);
  const nameMatches = findNames(text, names);
  const support: SupportSpan[] = [];
  for (const n of networks)
    support.push({ start: n.start, end: n.end, showIds: view.showsOfNetwork.get(n.networkId) ?? [] });
  for (const m of nameMatches) {
    const top = m.candidates[0];
    if (m.status === 'linked' && top && !isCharacterKey(top.key))
      support.push({ start: m.start, end: m.end, showIds: view.showsOfPerson.get(top.key) ?? [] });
  }
  const exactTitles = findTitles(text, titles, support);
  // Titles written otherwise; one that spans more than an exact find inside it ("Crash Landed Love") wins.
  const looseTitles = findLooseTitles(text, titles, support, exactTitles);
  const titleMatches = [
    ...exactTitles.filter(
      (t) => !looseTitles.some((l) => l.start < t.end && t.start < l.end && l.end - l.start > t.end - t.start),
    ),
    ...looseTitles,
  ];
  // The shows a text is about: those it names by title, and those of characters it names in full ("Woo Young-woo").
  const namedShows = new Set(titleMatches.flatMap((t) => (t.showId ? [t.showId] : [])));
  for (const m of nameMatches) {
    const top = m.candidates[0];
    const full = top && m.status === 'linked' && top.form === 'full' && !top.fuzzy && /\S\s+\S/.test(m.text);
    const character = full ? view.characters.get(top.key) : undefined;
    if (character && m.candidates.every((c) => isCharacterKey(c.key))) namedShows.add(character.showId);
  }
  const mentionedPeople = new Set(
    nameMatches.flatMap((m) =>
      m.status === 'linked' && !isCharacterKey(m.candidates[0]?.key ?? '/') ? [m.candidates[0].key] : [],
    ),
  );

  const mentions: Mention[] = [];
  for (const t of titleMatches)
    mentions.push({
      text: t.text,
      start: t.start,
      end: t.end,
      kind: 'show',
      ...(t.showId ? { id: t.showId } : { candidates: t.candidates }),
      confidence: t.confidence,
    });
  for (const n of networks)
    mentions.push({
      text: n.text,
      start: n.start,
      end: n.end,
      kind: 'network',
      id: n.networkId,
      confidence: n.confidence,
    });
  const namedNetworks = new Set(networks.map((n) => n.networkId));
  const supported = (personId: string) => (view.showsOfPerson.get(personId) ?? []).some((s) => namedShows.has(s));
  const linkedNames: Mention[] = [];
  for (const m of nameMatches) {
    const mention = resolveName(m, view, { text, namedShows, people: mentionedPeople, networks: namedNetworks });
    if (mention) linkedNames.push(mention);
  }
  // A cast line with a typo: the misspelt name is the cast member, not a namesake the text gives no reason for.
  for (const typo of findMisspeltCast(text, view, namedShows)) {
    const at = linkedNames.findIndex((n) => n.start < typo.end && typo.start < n.end);
    const there = at >= 0 ? linkedNames[at] : undefined;
    if (there && (there.kind !== 'person' || (there.id && supported(there.id)))) continue;
    const mention: Mention = { ...typo, text: text.slice(typo.start, typo.end), kind: 'person', confidence: 0.6 };
    delete (mention as Partial<typeof typo>).personId;
    mention.id = typo.personId;
    if (there) linkedNames[at] = mention;
    else linkedNames.push(mention);
  }
  return resolveOverlaps([...mentions, ...linkedNames]);
}

interface TextContext {
  text: string;
  /** Shows the text names by title, or by a character's full name. */
  namedShows: Set<string>;
  /** People it names (the best reading of each name). */
  people: Set<string>;
  networks: Set<string>;
}

/**
 * Whether the text is about a person's work: it names one of their shows, a cast mate of theirs, or the network of
 * one of their shows.
 */
function personInContext(view: CatalogView, personId: string, { namedShows, people, networks }: TextContext): boolean {
  const shows = view.showsOfPerson.get(personId) ?? [];
  for (const s of shows) {
    if (namedShows.has(s)) return true;
    const show = view.shows.get(s);
    if (show && networks.has(show.network)) return true;
  }
  for (const other of people)
    if (other !== personId && (view.showsOfPerson.get(other) ?? []).some((s) => shows.includes(s))) return true;
  return false;
}

/** Which candidates of a name match may stand in this text, and what the mention links to. */
function resolveName(m: NameMatch, view: CatalogView, context: TextContext): Mention | null {
  const { namedShows, people } = context;
  // The text is about an entry's show: a character's show or cast mate it names, a person's work (see above).
  const known = new Map<string, boolean>();
  const inContext = (c: NameCandidate) => {
    let yes = known.get(c.key);
    if (yes === undefined) {
      const character = view.characters.get(c.key);
      yes = character
        ? namedShows.has(character.showId) || people.has(character.personId)
        : personInContext(view, c.key, context);
      known.set(c.key, yes);
    }
    return yes;
  };
  const personKeys = new Set(m.candidates.filter((c) => !isCharacterKey(c.key)).map((c) => c.key));
  const eligible = m.candidates.filter((c) => {
    const character = view.characters.get(c.key);
    if (!character)
      return c.form === 'full' || c.form === 'alias' || c.form === 'hangul' ? !c.fuzzy || inContext(c) : inContext(c);
    // A character who bears the name of the actor playing them is, in a text, the actor.
    if (personKeys.has(character.personId)) return false;
    if (c.fuzzy) return inContext(c);
    // A character's full name stands alone; a one-word name, given names and honorific forms need the text to be
    // about its show.
    return (
      inContext(c) ||
      (c.form === 'full' && c.score >= 0.8 && /\S\s+\S/.test(m.text) && !isHonorificForm(m.text)) ||
      c.form === 'hangul'
    );
  });
  if (!eligible.length) return null;
  // Prefer entries the text's context supports (a character of a show it names over an unrelated namesake, the
  // actor of a show it names over a namesake of theirs).
  // A role word at the name ("director Kim Hee-won", "극본 박재범") speaks for whoever held that role.
  const role = eligible.some((c) => view.crewRoles.has(c.key)) ? crewRoleAt(context.text, m.start, m.end) : null;
  const credited = (c: NameCandidate) => !!role && !!view.crewRoles.get(c.key)?.has(role);
  const ranked = [...eligible].sort(
    (a, b) =>
      Number(credited(b)) - Number(credited(a)) || Number(inContext(b)) - Number(inContext(a)) || b.score - a.score,
  );
  const best = ranked[0];
  const kind = isCharacterKey(best.key) ? 'character' : 'person';
  const rivals = ranked.filter(
    (c) =>
      c.key !== best.key &&
      isCharacterKey(c.key) === isCharacterKey(best.key) &&
      best.score - c.score < 0.05 &&
      credited(c) === credited(best) &&
      inContext(c) === inContext(best),
  );
  const base = { text: m.text, start: m.start, end: m.end, kind } as const;
  if (rivals.length)
    return { ...base, candidates: [best.key, ...rivals.map((r) => r.key)], confidence: Math.min(m.confidence, 0.5) };
  const confidence =
    best.fuzzy || best.score < m.candidates[0].score ? Math.min(m.confidence, best.score) : m.confidence;
  return { ...base, id: best.key, confidence: Math.round(confidence * 100) / 100 };
}

const honorific = /^(mr|mrs|ms|miss|dr)\.?\s|-?(ssi|nim|ah|ya)$/i;
function isHonorificForm(text: string): boolean {
  return honorific.test(text.trim());
}
