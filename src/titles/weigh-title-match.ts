import type { MatchContext, Nearness } from './match-context.js';
import { isUpperLetter } from './normalize-title.js';
import { type Casing, isSentenceInitial, nextWordCapitalized, previousWordCapitalized } from './title-context.js';
import type { IndexedForm, TitleForm } from './title-types.js';

const base: Record<TitleForm, number> = { title: 0.95, alias: 0.9, hangul: 0.95, romanized: 0.8, loose: 0.7 };

export interface Placement {
  /** The span, with a leading "The" when the title has one and the text writes it. */
  start: number;
  end: number;
  /** Where the key's own words begin (after "The"). */
  keyStart: number;
  quoted: boolean;
  /** The capitals of the key's words (the same for every form found there). */
  casing: Casing;
  /** How many words the text spells the key in. */
  words: number;
}

const byNearness = (near: Nearness, sentence: number, paragraph: number) =>
  near === 'sentence' ? sentence : near === 'paragraph' ? paragraph : 0;

/**
 * How sure a found form is a mention of its show, 0 when it is not one. Ordinary titles count only with support:
 * quotes; capitals that neither a sentence start nor a Title-Cased headline explain, and that do not run on into
 * a longer name ("Stranger Things"); or, where capitals say nothing, a drama word in the sentence, the show's
 * network or a cast member of it nearby. Romanized titles must be capitalised or quoted.
 */
export function weighForm(ctx: MatchContext, form: IndexedForm, at: Placement): number {
  const { text } = ctx;
  const { start, end, keyStart, quoted } = at;
  if (form.form === 'romanized' && !quoted && !isUpperLetter(text[keyStart])) return 0;
  const casing = form.form === 'hangul' ? 'none' : at.casing;
  if (!form.weak) {
    if (quoted) return Math.min(0.99, base[form.form] + 0.03);
    // Split otherwise and in lower case ("hell bound" for "Hellbound") is most likely just words.
    const resplit = (form.form === 'title' || form.form === 'alias') && at.words !== form.words;
    if (resplit && casing === 'lower') return 0;
    // A one-word title is a name: in lower case ("a vagabond life") it needs something nearby to be one.
    if (form.words === 1 && casing === 'lower' && form.form !== 'romanized')
      return ctx.supportFor(form.show, start, end) ? 0.6 : 0;
    return casing === 'lower' && form.form !== 'romanized' ? base[form.form] - 0.1 : base[form.form];
  }
  const near = () => ctx.supportFor(form.show, start, end);
  if (quoted) {
    const n = near();
    return n ? 0.92 : casing === 'lower' ? 0 : 0.85;
  }
  if (casing === 'lower') return 0;
  if (casing === 'none') return byNearness(near(), 0.8, 0.7);
  const headline = ctx.inHeadline(start);
  if (!headline && nextWordCapitalized(text, end)) return 0;
  // Capitals not explained by a sentence start: the word opens mid-sentence, or a later word of a several-word title
  // ("Our Blues episode 12" at the start of a sentence) is capitalised too.
  if (
    !headline &&
    (!isSentenceInitial(text, keyStart) || (at.words > 1 && laterWordCapitalized(text, keyStart, end)))
  ) {
    const n = near();
    return n ? 0.9 : previousWordCapitalized(text, start) ? 0 : 0.75;
  }
  return byNearness(near(), 0.8, 0.7);
}

/** Whether a word after the first of the span begins with a capital (minor words such as "of" do not count). */
function laterWordCapitalized(text: string, start: number, end: number): boolean {
  const words = text
    .slice(start, end)
    .split(/[\s-]+/)
    .slice(1);
  return words.some((w) => w.length > 3 && isUpperLetter(w[0]));
}
