/**
 * Korean particles and copula endings that attach to a title with no space ("나의 해방일지는", "〈마인〉에서",
 * "도깨비의"): a Hangul title may end inside a written word only when the rest of the word is one of these.
 */
const particles = [
  // case, topic and other particles
  '은 는 이 가 을 를 의 에 에서 에게 께 께서 한테 와 과 도 로 으로 만 까지 부터 처럼 보다 같이 마저 조차',
  '이나 나 이란 란 이라 라 랑 이랑 하고 이며 며 이든 든 야 아 여 이여 밖에 뿐 대로 마다 로서 으로서 로써 으로써',
  // particles stacked
  '에서의 에서는 에서도 에서만 에는 에도 에게는 와의 과의 와는 과는 로는 으로는 로도 으로도 까지는 부터는',
  '만의 만은 만이 도의 이라는 라는',
  // copula and common endings after a name
  '이다 다 이고 고 이었다 였다 이지만 지만 입니다 이에요 예요 이야 인 이던 던',
].flatMap((line) => line.split(' '));

const particleSet = new Set(particles);

export function isHangulParticle(rest: string): boolean {
  return particleSet.has(rest);
}
