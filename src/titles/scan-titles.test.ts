import { describe, expect, it } from 'vitest';
import { trieKeys } from '../names/packed-trie.js';
import { compactText, HARD_BREAK, TOKEN_START } from './compact-text.js';
import { buildKeyTable } from './key-table.js';
import { scanTitles } from './scan-titles.js';
import type { IndexedForm } from './title-types.js';

const form: IndexedForm = { show: 0, form: 'title', weak: false, hadThe: false, words: 1 };
const table = buildKeyTable(['startup', 'goblin', 'mine', '나의해방일지', 'loveandwar', 'kbs'].map((k) => [k, form]));
const keys = trieKeys(table);
const spans = (text: string) => scanTitles(text, table).map((h) => [keys[h.keyIndex], text.slice(h.start, h.end)]);

describe('compactText', () => {
  it('folds, joins apostrophes, and marks tokens and hard breaks', () => {
    const ct = compactText('What’s “Up”\nOK');
    const s = String.fromCharCode(...ct.codes.subarray(0, ct.length));
    expect(s).toBe('whatsupok');
    expect(ct.pos[4]).toBe(5);
    expect(ct.flags[5] & TOKEN_START).toBeTruthy();
    expect(ct.flags[5] & HARD_BREAK).toBeTruthy();
    expect(ct.flags[7] & HARD_BREAK).toBeTruthy();
    expect(ct.flags[4] & TOKEN_START).toBeFalsy();
  });
});

describe('scanTitles', () => {
  it.each([
    [
      'Start-Up and StartUp and Start Up',
      [
        ['startup', 'Start-Up'],
        ['startup', 'StartUp'],
        ['startup', 'Start Up'],
      ],
    ],
    ['Goblin’s end', [['goblin', 'Goblin']]],
    ["Goblin's end", [['goblin', 'Goblin']]],
    ['Goblins', []],
    ['Minecraft and mines', []],
    ['나의 해방일지는', [['나의해방일지', '나의 해방일지']]],
    ['나의해방일지를', [['나의해방일지', '나의해방일지']]],
    ['나의 해방일지기', []],
    ['Love & War', [['loveandwar', 'Love & War']]],
    ['“Start” Up', []],
    ['KBS2', []],
    ['KBS에서', [['kbs', 'KBS']]],
    ['', []],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
