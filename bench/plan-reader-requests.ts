import type { Catalog } from '../src/catalog/catalog-schema.js';
import { random } from './make-articles.js';

export interface FeedRequest {
  /** Index into the list of users. */
  user: number;
  show?: string;
  /** Ask for the second page (the cursor is taken from the first page, outside the timing). */
  secondPage: boolean;
}

export interface SearchRequest {
  user: number;
  q: string;
}

/** How people type a name into a search box: any case, with or without hyphens and spaces, or in Hangul. */
function typed(name: string, hangul: string | undefined, rnd: () => number): string {
  const [family, ...rest] = name.split(' ');
  const given = rest.join(' ');
  const forms = [
    name.toLowerCase(),
    name,
    `${family} ${given.replace(/-/g, '')}`,
    `${given.replace(/-/g, ' ')} ${family}`.toLowerCase(),
    family.toLowerCase(),
  ];
  if (hangul) forms.push(hangul, hangul);
  return forms[Math.floor(rnd() * forms.length)];
}

/**
 * The bench's requests, the same every run: feed pages of random users (20 % filtered by a show, 25 % asking for the
 * second page) and searches for people and shows in the spellings and Hangul people type.
 */
export function planReaderRequests(
  catalog: Catalog,
  users: number,
  feeds = 300,
  searches = 200,
  seed = 23,
): { feeds: FeedRequest[]; searches: SearchRequest[] } {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const feedRequests = Array.from(
    { length: feeds },
    (): FeedRequest => ({
      user: int(users),
      ...(rnd() < 0.2 ? { show: pick(catalog.shows).id } : {}),
      secondPage: rnd() < 0.25,
    }),
  );
  const searchRequests = Array.from({ length: searches }, (): SearchRequest => {
    const r = rnd();
    let q: string;
    if (r < 0.5) {
      const p = pick(catalog.people);
      q = typed(p.name, p.hangul, rnd);
    } else if (r < 0.9) {
      const s = pick(catalog.shows);
      q = pick([s.title, s.title.toLowerCase(), s.hangul, ...(s.aliases ?? [])]);
    } else {
      // A fragment of a title: found by the words of item titles and by fuzzy catalog matches.
      const words = pick(catalog.shows).title.split(' ');
      q = words.slice(0, Math.max(1, words.length - 1)).join(' ');
    }
    return { user: int(users), q };
  });
  return { feeds: feedRequests, searches: searchRequests };
}
