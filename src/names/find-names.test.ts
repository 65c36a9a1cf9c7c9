import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameIndex } from './build-name-index.js';
import { findNames } from './find-names.js';
import type { NameEntry } from './name-types.js';

const entries: NameEntry[] = [
  { key: 'son-suk-ku', kind: 'person', hangul: '손석구', names: ['Son Suk-ku'] },
  { key: 'kim-ji-won', kind: 'person', hangul: '김지원', names: ['Kim Ji-won'] },
  { key: 'lee-min-ki', kind: 'person', hangul: '이민기', names: ['Lee Min-ki'] },
  { key: 'lee-el', kind: 'person', hangul: '이엘', names: ['Lee El'], aliases: ['EL'] },
  { key: 'iu', kind: 'person', hangul: '아이유', names: ['IU'], aliases: ['Lee Ji-eun', '이지은'] },
  { key: 'park-seo-joon', kind: 'person', hangul: '박서준', names: ['Park Seo-joon'] },
  { key: 'choi-woo-shik', kind: 'person', hangul: '최우식', names: ['Choi Woo-shik'] },
  { key: 'jung-hae-in', kind: 'person', hangul: '정해인', names: ['Jung Hae-in'] },
  { key: 'yoo-yeon-seok', kind: 'person', hangul: '유연석', names: ['Yoo Yeon-seok'] },
  { key: 'lee-jun-ho', kind: 'person', hangul: '이준호', names: ['Lee Jun-ho'] },
  { key: 'woo/이준호', kind: 'character', hangul: '이준호', names: ['Lee Jun-ho'] },
  { key: 'mln/구씨', kind: 'character', hangul: '구씨', names: ['Mr. Gu'] },
  { key: 'mln/염미정', kind: 'character', hangul: '염미정', names: ['Yeom Mi-jeong'] },
  { key: 'vincenzo/빈센조', kind: 'character', hangul: '빈센조 까사노', names: ['Vincenzo Cassano'] },
];
const index = buildNameIndex(entries);
const keysIn = (text: string) => findNames(text, index).map((m) => m.candidates[0].key);

describe('findNames', () => {
  it.each([
    ...['Son Suk Ku', 'Son Seok Koo', 'Son Seok-gu', 'Son Sukku', 'SON SUK-KU', 'Suk-ku Son', 'Son Suk-Ku'].map((s) => [
      s,
      'son-suk-ku',
    ]),
    ...['Kim Ji Won', 'Kim Ji-won', 'Kim Jiwon', 'Jiwon Kim', 'KIM JI WON'].map((s) => [s, 'kim-ji-won']),
    ...['Park Seo Joon', 'Pak Seo-jun', 'Bak Seo-joon'].map((s) => [s, 'park-seo-joon']),
    ...['Choi Woo Shik', 'Choe U-sik', 'Choi Woo-sik'].map((s) => [s, 'choi-woo-shik']),
    ...['Jung Hae In', 'Jeong Hae-in', 'Chung Hae-in'].map((s) => [s, 'jung-hae-in']),
    ...['Yoo Yeon Seok', 'Yu Yeon-seok', 'Ryu Yeon-seok'].map((s) => [s, 'yoo-yeon-seok']),
    ...['Mr. Gu', 'Mr. Goo', 'Gu-ssi', 'Mr Gu'].map((s) => [s, 'mln/구씨']),
    ...['Yeom Mi Jung', 'Yeom Mi-jeong', 'Mi-jeong'].map((s) => [s, 'mln/염미정']),
    ['Vincenzo Cassano', 'vincenzo/빈센조'],
    ['IU', 'iu'],
    ['EL', 'lee-el'],
    ['Lee El', 'lee-el'],
    ['Lee Ji-eun', 'iu'],
  ])('"%s" names %s', (text, key) => {
    const found = findNames(`Yesterday ${text} said hello.`, index);
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe(text);
    expect(found[0].candidates[0].key).toBe(key);
  });

  it.each([
    ["Son Suk Ku's new role", 'Son Suk Ku'],
    ['Son Suk Ku’s new role', 'Son Suk Ku'],
  ])('leaves the possessive out of "%s"', (text, span) => {
    expect(findNames(text, index)[0].text).toBe(span);
  });

  it('splits two names glued by a sloppy source', () => {
    expect(keysIn('It stars Lee Min KiKim Ji Won, and Lee El')).toEqual(['lee-min-ki', 'kim-ji-won', 'lee-el']);
  });

  it.each([
    ['손석구가 출연한다', 'son-suk-ku'],
    ['김지원은 말했다', 'kim-ji-won'],
    ['구씨의 대사', 'mln/구씨'],
    ['이지은과 함께', 'iu'],
  ])('finds Hangul names with particles: %s', (text, key) => {
    expect(keysIn(text)).toEqual([key]);
  });

  it.each([
    'He moved to New York and saw the Han River.',
    'The Blue Dragon Awards honoured Moon, Young and Won.',
    'Kim and Lee arrived; Song of the Year went to Park.',
    'The rain in Spain stays mainly in the plain.',
    'Squid Game was mentioned.',
    'iu eL and el are not aliases here.',
    '손석구조 is not a name.',
    'Mr. Kim and Ms. Lee said hello.',
  ])('links nothing in "%s"', (text) => {
    expect(findNames(text, index)).toEqual([]);
  });

  it('returns a person and a character of the same Hangul name as candidates, person first', () => {
    const [m] = findNames('Lee Jun Ho smiled.', index);
    expect(m.candidates.map((c) => c.key)).toEqual(['lee-jun-ho', 'woo/이준호']);
    expect(m.status).toBe('linked');
  });

  it('reports two people whose spellings collide as ambiguous', () => {
    const twins = buildNameIndex([
      { key: 'a', kind: 'person', hangul: '김지원', names: ['Kim Ji-won'] },
      { key: 'b', kind: 'person', hangul: '김지원', names: ['Kim Ji-won'] },
    ]);
    const [m] = findNames('Kim Ji-won', twins);
    expect(m.status).toBe('ambiguous');
    expect(m.candidates.map((c) => c.key).sort()).toEqual(['a', 'b']);
  });
});

describe('findNames on generated spellings', () => {
  const family = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
  const given = [
    '민',
    '지',
    '서',
    '준',
    '현',
    '수',
    '영',
    '우',
    '석',
    '원',
    '호',
    '진',
    '희',
    '경',
    '은',
    '하',
    '연',
    '재',
  ];
  const romanOf: Record<string, string[]> = {
    김: ['Kim', 'Gim'],
    이: ['Lee', 'Yi', 'Rhee'],
    박: ['Park', 'Pak', 'Bak'],
    최: ['Choi', 'Choe'],
    정: ['Jung', 'Jeong', 'Chung'],
    강: ['Kang', 'Gang'],
    조: ['Cho', 'Jo'],
    윤: ['Yoon', 'Yun'],
    장: ['Jang', 'Chang'],
    임: ['Lim', 'Im'],
    한: ['Han'],
    오: ['Oh', 'O'],
    서: ['Seo', 'Suh'],
    신: ['Shin', 'Sin'],
    권: ['Kwon', 'Gwon'],
    민: ['min'],
    지: ['ji', 'jee'],
    준: ['jun', 'joon'],
    현: ['hyun', 'hyeon'],
    수: ['su', 'soo'],
    영: ['young', 'yeong'],
    우: ['woo', 'u'],
    석: ['seok', 'suk'],
    원: ['won'],
    호: ['ho'],
    진: ['jin'],
    희: ['hee', 'hui'],
    경: ['kyung', 'gyeong'],
    은: ['eun'],
    하: ['ha'],
    연: ['yeon', 'yun'],
    재: ['jae'],
  };
  const name = fc.record({
    f: fc.constantFrom(...family),
    g1: fc.constantFrom(...given),
    g2: fc.constantFrom(...given),
  });
  const style = fc.constantFrom('space', 'hyphen', 'joined', 'caps', 'given-first', 'possessive');
  const spell = (s: string, pick: number) => romanOf[s][pick % romanOf[s].length];
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

  it('finds the right person among distractors, in any common spelling style', () => {
    fc.assert(
      fc.property(
        name,
        fc.array(name, { minLength: 5, maxLength: 20 }),
        style,
        fc.nat(),
        (target, others, how, pick) => {
          const hangul = target.f + target.g1 + target.g2;
          const people: NameEntry[] = [{ key: 'target', kind: 'person', hangul, names: [] }];
          others.forEach((o, i) => {
            const h = o.f + o.g1 + o.g2;
            if (h !== hangul) people.push({ key: `other-${i}`, kind: 'person', hangul: h, names: [] });
          });
          const f = spell(target.f, pick);
          const [a, b] = [spell(target.g1, pick >> 1), spell(target.g2, pick >> 2)];
          const written = {
            space: `${f} ${cap(a)} ${cap(b)}`,
            hyphen: `${f} ${cap(a)}-${b}`,
            joined: `${f} ${cap(a)}${b}`,
            caps: `${f} ${a}-${b}`.toUpperCase(),
            'given-first': `${cap(a)}-${b} ${f}`,
            possessive: `${f} ${cap(a)}-${b}'s`,
          }[how];
          const found = findNames(`Fans cheered as ${written} arrived.`, buildNameIndex(people));
          expect(found.map((m) => m.candidates[0].key)).toContain('target');
        },
      ),
      { numRuns: 300 },
    );
  });
});
