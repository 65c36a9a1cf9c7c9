import type { Mention } from '../analyze/analysis-types.js';
import { findNames } from '../names/find-names.js';
import type { NameCandidate, NameIndex, NameMatch } from '../names/name-types.js';
import { findNetworks } from '../titles/find-networks.js';
import { findTitles } from '../titles/find-titles.js';
import type { SupportSpan, TitleIndex } from '../titles/title-types.js';
import type { CatalogView } from './catalog-view.js';
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
  const titleMatches = findTitles(text, titles, support);
  // The shows a text is about: those it names by title, and those of characters it names in full ("Woo Young-woo").
  const namedShows = new Set(titleMatches.flatMap((t) => (t.showId ? [t.showId] : [])));
  for (const m of nameMatches) {
    const top = m.candidates[0];
    const character = top && m.status === 'linked' && top.form !== 'given' ? view.characters.get(top.key) : undefined;
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
  for (const m of nameMatches) {
    const mention = resolveName(m, view, namedShows, mentionedPeople);
    if (mention) mentions.push(mention);
  }
  return resolveOverlaps(mentions);
}

/** Which candidates of a name match may stand in this text, and what the mention links to. */
function resolveName(m: NameMatch, view: CatalogView, namedShows: Set<string>, people: Set<string>): Mention | null {
  const inContext = (c: NameCandidate) => {
    const character = view.characters.get(c.key);
    return !!character && (namedShows.has(character.showId) || people.has(character.personId));
  };
  const eligible = m.candidates.filter((c) => {
    if (!isCharacterKey(c.key)) return c.form !== 'given';
    // A character's full name stands alone; given names and honorific forms need the text to be about its show.
    return inContext(c) || (c.form === 'full' && c.score >= 0.8 && !isHonorificForm(m.text)) || c.form === 'hangul';
  });
  if (!eligible.length) return null;
  // Prefer entries the text's context supports (a character of a show it names over an unrelated namesake).
  const ranked = [...eligible].sort((a, b) => Number(inContext(b)) - Number(inContext(a)) || b.score - a.score);
  const best = ranked[0];
  const rivals = ranked.filter(
    (c) => c.key !== best.key && best.score - c.score < 0.05 && inContext(c) === inContext(best),
  );
  const kind = isCharacterKey(best.key) ? 'character' : 'person';
  const base = { text: m.text, start: m.start, end: m.end, kind } as const;
  if (m.status === 'ambiguous' && rivals.length)
    return { ...base, candidates: [best.key, ...rivals.map((r) => r.key)], confidence: Math.min(m.confidence, 0.5) };
  return { ...base, id: best.key, confidence: m.confidence };
}

const honorific = /^(mr|mrs|ms|miss|dr)\.?\s|-?(ssi|nim|ah|ya)$/i;
function isHonorificForm(text: string): boolean {
  return honorific.test(text.trim());
}
