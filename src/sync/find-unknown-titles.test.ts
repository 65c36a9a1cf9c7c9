import { describe, expect, it } from 'vitest';
import type { EntityKind, Mention } from '../analyze/analysis-types.js';
import { findUnknownTitles } from './find-unknown-titles.js';

/** A mention of `sub` (its first occurrence) in `text`. */
const at = (text: string, sub: string, kind: EntityKind): Mention => {
  const start = text.indexOf(sub);
  if (start < 0) throw new Error(`"${sub}" is not in "${text}"`);
  return { text: sub, start, end: start + sub.length, kind, id: sub.toLowerCase(), confidence: 1 };
};

type Case = [name: string, text: string, mentions: Array<[string, EntityKind]>, expected: Array<[string, string[]]>];

const cases: Case[] = [
  [
    'a new drama on a network, with cast',
    `JTBC's new drama "The Good Bad Mother" stars Ra Mi-ran.`,
    [
      ['JTBC', 'network'],
      ['Ra Mi-ran', 'person'],
    ],
    [['The Good Bad Mother', ['drama-word', 'network', 'cast']]],
  ],
  [
    'the title the linker knows is left out',
    `The drama "My Liberation Notes" ended.`,
    [['My Liberation Notes', 'show']],
    [],
  ],
  [
    'speech in quotes is not a title',
    `Son Suk-ku said, "I was happy to work with everyone." about the drama.`,
    [['Son Suk-ku', 'person']],
    [],
  ],
  [
    'Hangul title in single quotes next to 드라마',
    `JTBC 새 드라마 '나쁜엄마' 첫 방송`,
    [['JTBC', 'network']],
    [['나쁜엄마', ['drama-word', 'network']]],
  ],
  ['Hangul sentence in quotes is not a title', `손석구는 드라마에서 '정말 행복했다' 라고 말했다`, [], []],
  ['a song with no drama evidence', `The song "Butter" topped the charts again.`, [], []],
  [
    'an apostrophe is not a quote',
    `Kim Ji-won's role in the drama 'Queen of Tears' grew.`,
    [['Kim Ji-won', 'person']],
    [['Queen of Tears', ['drama-word', 'cast']]],
  ],
  ['a lower-case phrase is not a title', `the series was "pretty much over" by then`, [], []],
  ['a quoted network name alone is not a title', `The series aired on "JTBC" weekly.`, [['JTBC', 'network']], []],
  [
    'the same title twice is one candidate with all its evidence',
    `《Doctor Slump》 is a JTBC series. Park Hyung-sik leads 《Doctor Slump》.`,
    [
      ['JTBC', 'network'],
      ['Park Hyung-sik', 'person'],
    ],
    [['Doctor Slump', ['drama-word', 'network', 'cast']]],
  ],
];

describe('findUnknownTitles', () => {
  it.each(cases)('%s', (_name, text, mentions, expected) => {
    const found = findUnknownTitles(
      text,
      mentions.map(([sub, kind]) => at(text, sub, kind)),
    );
    expect(found.map((f) => [f.title, f.evidence])).toEqual(expected);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.title);
  });

  it('leaves out titles whose key is already known, however they are written', () => {
    const text = `The new drama "Start-Up" premieres.`;
    expect(findUnknownTitles(text, [], { knownKeys: new Set(['startup']) })).toEqual([]);
    expect(findUnknownTitles(text, [])[0]).toMatchObject({ title: 'Start-Up', key: 'startup' });
  });
});
