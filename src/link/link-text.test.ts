import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../catalog/validate-catalog.js';
import { buildLinker } from './build-linker.js';
import { linkCatalog } from './link-fixtures.js';

const checked = validateCatalog(linkCatalog);
if (!checked.ok) throw new Error(checked.problems.join('\n'));
const linker = buildLinker(checked.catalog);

const linked = (text: string, kind: 'person' | 'character' | 'show') =>
  linker
    .link(text)
    .filter((m) => m.kind === kind)
    .map((m) => m.id ?? `?${m.candidates?.join('|')}`);

describe('linkText: people in context', () => {
  it.each([
    [
      'a character who bears her actress’s name is the actress, in a text about another show',
      'Kim Ji Won and Kim Soo Hyun lead the cast of Queen of Tears.',
      ['kim-ji-won', 'kim-soo-hyun'],
    ],
    [
      'a namesake is settled by the show the text names',
      'Ryu Seung-ryong, Han Hyo-joo and Kim Hee-won lead the cast of Moving.',
      ['ryu-seung-ryong', 'han-hyo-joo', 'kim-hee-won'],
    ],
    [
      'a role word settles a namesake who holds that role',
      'Director Kim Hee-won met the press.',
      ['kim-hee-won-director'],
    ],
    ['so does the show whose crew they are', 'Kim Hee-won directed Queen of Tears.', ['kim-hee-won-director']],
    [
      'a role word in a Korean credit',
      '드라마는 연출 김희원, 극본 박지은이 맡았다.',
      ['kim-hee-won-director', 'park-ji-eun'],
    ],
    [
      'a namesake nothing settles stays ambiguous',
      'Kim Hee-won was spotted in Seoul.',
      ['?kim-hee-won|kim-hee-won-director'],
    ],
    [
      'a misspelling is read as the cast member of the show named',
      'Queen of Tears hit a new high as Kim So Hyun and Kim Ji-won won praise.',
      ['kim-soo-hyun', 'kim-ji-won'],
    ],
    ['the same spelling elsewhere is who it spells', 'Kim So Hyun attended the event.', ['kim-so-hyun']],
    [
      'given name first, when the text is about the person’s work',
      'Queen of Tears: Soohyun Kim and Jiwon Kim at the press day.',
      ['kim-soo-hyun', 'kim-ji-won'],
    ],
    ['given name first with nothing around it is no one', 'Translated by Jiwon Kim.', []],
    [
      'a stage name written as the given name counts in a text about the person’s show',
      'Suzy plays the title role in Netflix’s Doona! opposite Yang Se-jong.',
      ['bae-suzy', 'yang-se-jong'],
    ],
    ['the given name alone with nothing around it is no one', 'Suzy said hello.', []],
    ['a reporter’s byline is not the actress', '[스포츠 이민지 기자] 드라마가 끝났다.', []],
    [
      'a cast line with a typo names the cast member',
      'ENA 드라마 크래시는 배우 이민지, 곽선영, 허성태가 출연한다.',
      ['lee-min-ki', 'kwak-sun-young', 'heo-sung-tae'],
    ],
    ['the same Hangul outside a cast line is who it spells', '이민지가 새 영화에 출연한다.', ['lee-min-ji']],
  ])('%s', (_name, text, people) => {
    expect(linked(text, 'person')).toEqual(people);
  });
});

describe('linkText: characters', () => {
  it('reads a character listed without Hangul in another romanization, in a text about its show', () => {
    const text = 'In Extraordinary Attorney Woo, Lee Joon-ho comforts Woo Young-woo.';
    expect(linked(text, 'character')).toEqual([
      'extraordinary-attorney-woo/Lee Jun-ho',
      'extraordinary-attorney-woo/Woo Young-woo',
    ]);
    expect(linked(text, 'person')).toEqual([]);
  });

  it('does not take a one-letter name for a character outside its show', () => {
    expect(linked('It is the best K-drama of the year, K fans say.', 'character')).toEqual([]);
    expect(linked('It is the best K-drama of the year.', 'show')).toEqual([]);
  });
});

describe('crew in the catalog', () => {
  it('must name people the catalog has', () => {
    const bad = structuredClone(linkCatalog);
    bad.shows[0].crew = [{ person: 'nobody', role: 'writer' }];
    expect(validateCatalog(bad)).toEqual({
      ok: false,
      problems: ['$.shows[0].crew[0].person: unknown person "nobody"'],
    });
  });

  it('rejects a role it does not know', () => {
    const bad = structuredClone(linkCatalog) as unknown as { shows: Array<{ crew: unknown[] }> };
    bad.shows[0].crew = [{ person: 'park-ji-eun', role: 'gaffer' }];
    const result = validateCatalog(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^\$\.shows\[0\]\.crew\[0\]\.role: /);
  });
});
