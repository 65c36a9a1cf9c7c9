import type { RawMatch } from './find-names.js';
import { type NameIndex, nameForms } from './name-types.js';
import { childOf } from './packed-trie.js';

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
    // The nodes of the names the word begins with, by length.
    const table = index.hangul;
    const keyOf: number[] = [];
    for (let len = 1, node = 0; len <= Math.min(word.length, index.maxHangul); len++) {
      node = childOf(table, node, word.charCodeAt(len - 1));
      if (node < 0) break;
      keyOf[len] = table.keyAt[node];
    }
    for (let len = keyOf.length - 1; len >= 2; len--) {
      const k = keyOf[len];
      if (k < 0 || !particles.has(word.slice(len))) continue;
      // A byline ("박지영 기자", "[OSEN=박지영 기자]") names the reporter, whoever else bears the name.
      if (!word.slice(len) && byline.test(text.slice(at + len, at + len + 8))) break;
      out.push({
        start: at,
        end: at + len,
        candidates: Array.from({ length: table.endStart[k + 1] - table.endStart[k] }, (_, i) => {
          const entity = table.endEntity[table.endStart[k] + i];
          const form = nameForms[table.endForm[table.endStart[k] + i]].form === 'alias' ? 'alias' : 'hangul';
          return { key: index.entities[entity], form, score: 1, entity };
        }),
      });
      break;
    }
  }
  return out;
}
