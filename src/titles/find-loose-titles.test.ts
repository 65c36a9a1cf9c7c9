import { describe, expect, it } from 'vitest';
import { findLooseTitles } from './find-loose-titles.js';
import { findTitles } from './find-titles.js';
import { testIndex } from './title-fixtures.js';
import type { SupportSpan } from './title-types.js';

/** Support spans where the text names a cast member: the span of the name, and the show it speaks for. */
function supportFor(text: string, names: Record<string, string>): SupportSpan[] {
  return Object.entries(names).flatMap(([name, show]) => {
    const at = text.indexOf(name);
    return at < 0 ? [] : [{ start: at, end: at + name.length, showIds: [show] }];
  });
}

const loose = (text: string, names: Record<string, string> = {}) => {
  const support = supportFor(text, names);
  const exact = findTitles(text, testIndex(), support);
  return findLooseTitles(text, testIndex(), support, exact).map((m) => [m.text, m.showId]);
};

describe('findLooseTitles', () => {
  it.each([
    ['a dropped minor word, with a drama word', 'The tvN drama Crash Landing You was a hit.', 'Crash Landing You'],
    ['an inflected word', 'Hyun Bin filmed Crash Landed on You in Switzerland.', 'Crash Landed on You'],
    [
      'two of three words, with the cast nearby',
      'Hyun Bin filmed Crash Landed Love in Switzerland.',
      'Crash Landed Love',
    ],
    ['an acronym in a text about the show', 'Son Suk-ku was great. MLN forever!', 'MLN'],
    ['an acronym of a longer title', 'Park Eun-bin is back: EAW fans rejoice.', 'EAW'],
  ])('finds %s', (_name, text, span) => {
    const found = loose(text, {
      'Hyun Bin': 'crash-landing',
      'Park Eun-bin': 'extraordinary-attorney-woo',
      'Son Suk-ku': 'my-liberation-notes',
    });
    expect(found.map(([t]) => t)).toEqual([span]);
  });

  it.each([
    ['two of three words with nothing around them', 'They say Crash Landed Love is coming.'],
    ['an acronym nothing speaks for', 'The MLN project was cancelled.'],
    ['a span that runs past the whole title', 'Hyun Bin in Crash Landing on You Season Special.'],
    ['the exact title (left to the exact matcher)', 'The drama Crash Landing on You aired.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(loose(text, { 'Hyun Bin': 'crash-landing' })).toEqual([]);
  });
});
