import type { Translate } from '../i18n/translate.js';
import type { ShownItemView } from '../reader/reader-schemas.js';
import type { Html } from './render-layout.js';

/**
 * The parts of a shown item's card that depend on the item alone (image, title, meta line, snippet, tags), never on
 * who reads it, rendered once and reused while every input is the same (`===`): the newest items' views share their
 * strings and link arrays per items version and catalog, so their cards are rendered once per version, locale and
 * heading level. Only a `ShownItemView` (made by the gate for this reader) gets here, so a hidden card can never be
 * given a kept part: what differs per reader (read or not, the revealed marker, warnings, the forms with the
 * session's CSRF token) is rendered on every page around these parts.
 */
export interface CardParts {
  /** The image and the title's heading. */
  head: string;
  /** The meta line, the snippet and the tags. */
  body: string;
}

type Inputs = readonly unknown[];

const inputsOf = (item: ShownItemView): Inputs => [
  item.title,
  item.sourceName,
  item.publishedAt,
  item.kind,
  item.mediaType,
  item.imageUrl,
  item.imageCredit,
  item.snippet,
  item.shows,
  item.people,
];

type Kept = Map<string, { inputs: Inputs; parts: CardParts }>;
/** Per language (its translate function is one per locale) and heading level, by item id. */
const keptBy = new WeakMap<Translate, Record<2 | 3, Kept>>();
/** A page shows 30 cards: this keeps the newest items' cards (the in-memory newest are 1,000) and a few more. */
export const keptCardsLimit = 3_000;

const same = (a: Inputs, b: Inputs) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Html made of synchronous parts only (every render function of a card is), as a string; null otherwise. */
function syncString(h: Html | null): string | null {
  if (h === null) return '';
  return h instanceof Promise ? null : h.toString();
}

/**
 * The item's card parts, kept or made with `render` (which gets nothing but the shown item, level and language). A
 * part that is not synchronous HTML is not kept.
 */
export function cardParts(
  item: ShownItemView,
  level: 2 | 3,
  t: Translate,
  render: () => { head: Html | null; body: Html | null },
): CardParts | null {
  let byLevel = keptBy.get(t);
  if (!byLevel) {
    byLevel = { 2: new Map(), 3: new Map() };
    keptBy.set(t, byLevel);
  }
  const kept = byLevel[level];
  const inputs = inputsOf(item);
  const found = kept.get(item.id);
  if (found && same(found.inputs, inputs)) return found.parts;
  const made = render();
  const head = syncString(made.head);
  const body = syncString(made.body);
  if (head === null || body === null) return null;
  if (kept.size >= keptCardsLimit) kept.clear();
  const parts = { head, body };
  kept.set(item.id, { inputs, parts });
  return parts;
}
