import type { RawMatch } from './find-names.js';
import type { NameIndex } from './name-types.js';

/** Particles and address suffixes that may follow a name in Korean text: 손석구가, 김지원은, 구씨의. */
const particles = new Set(
  ' 이 가 은 는 을 를 의 와 과 도 만 에 에게 에게서 한테 께 께서 에서 로 으로 랑 이랑 하고 씨 님 씨가 씨는 씨의 님이 이다 이었다 였다 이라 라고 이라고 처럼 보다 까지 부터 조차 마저 나 이나 네 측 측은'.split(
    ' ',
  ),
);

/** Whether the rest of a Hangul word after a name is a particle (or nothing). */
export function isNameParticle(rest: string): boolean {
  return particles.has(rest);
}

const byline = /^\s?(?:기자|특파원|통신원)(?![가-힣])/;

/** Catalog names written in Hangul: the longest name at the start of a Hangul word, the rest of the word a particle. */
export function findHangulNames(text: string, index: NameIndex): RawMatch[] {
  const out: RawMatch[] = [];
  for (const m of text.matchAll(/[가-힣]+/g)) {
    const word = m[0];
    const at = m.index ?? 0;
    for (let len = Math.min(word.length, index.maxHangul); len >= 2; len--) {
      const entries = index.hangul.get(word.slice(0, len));
      if (!entries || !particles.has(word.slice(len))) continue;
      // A byline ("박지영 기자", "[OSEN=박지영 기자]") names the reporter, whoever else bears the name.
      if (!word.slice(len) && byline.test(text.slice(at + len, at + len + 8))) break;
      out.push({
        start: at,
        end: at + len,
        candidates: entries.map((e) => ({ key: e.key, form: e.form === 'alias' ? 'alias' : 'hangul', score: 1 })),
      });
      break;
    }
  }
  return out;
}
