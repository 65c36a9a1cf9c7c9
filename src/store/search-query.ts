/** tsquery text for a search box's words, for the search vector of migration 0018 (title A, summary B, text D). */
export interface SearchQuery {
  /** The terms, each matched as a whole lexeme or (`prefix`) as the start of one. */
  terms: SearchTerm[];
  /** Every word anywhere in the item. */
  all: string;
  /** Every word in the title (weight A). */
  title: string;
}

export interface SearchTerm {
  term: string;
  prefix: boolean;
}

/** tsquery text asking for every one of these terms. */
export function termsQuery(terms: SearchTerm[]): string {
  return terms.map((t) => `'${t.term}'${t.prefix ? ':*' : ''}`).join(' & ');
}

const hangul = /[가-힣]/u;
const maxTerms = 12;

/**
 * Splits the text as the index does: words of letters and digits, lower case (NFKC), and Hangul as overlapping
 * syllable pairs (김지원 → 김지 & 지원, so that 김지원이 matches); a single syllable, or the last Latin word of three
 * letters or more, matches as a prefix (김 finds 김지원, "hometo" finds "Hometown"). Terms hold only letters and
 * digits, so the text is safe to give to to_tsquery. Null when there is no word to look for.
 */
export function toSearchQuery(text: string): SearchQuery | null {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = new Map<string, boolean>();
  words.forEach((word, w) => {
    const parts = word.match(/[가-힣]+|[^가-힣]+/gu) ?? [];
    parts.forEach((part, p) => {
      if (hangul.test(part)) {
        if (part.length === 1) terms.set(part, true);
        for (let k = 0; k + 1 < part.length; k++) terms.set(part.slice(k, k + 2), false);
      } else {
        const last = w === words.length - 1 && p === parts.length - 1;
        terms.set(part, (terms.get(part) ?? false) || (last && part.length >= 3));
      }
    });
  });
  if (!terms.size) return null;
  const list = [...terms].slice(0, maxTerms).map(([term, prefix]) => ({ term, prefix }));
  return {
    terms: list,
    all: termsQuery(list),
    title: list.map((t) => `'${t.term}':${t.prefix ? '*' : ''}A`).join(' & '),
  };
}
