import type { Catalog } from '../catalog/catalog-schema.js';

/**
 * A small catalog for the linker's tests, real facts only: namesakes (two people named 김희원, an actor and a
 * director), a character who bears her actress's name, a character listed without Hangul, confusable spellings
 * (Kim Soo-hyun and Kim So-hyun), a stage name written as a given name (Bae Suzy), a one-letter character, and
 * the crew of Queen of Tears (director Kim Hee-won, writer Park Ji-eun).
 */
export const linkCatalog: Catalog = {
  networks: [
    { id: 'tvn', name: 'tvN' },
    { id: 'mbc', name: 'MBC' },
    { id: 'ena', name: 'ENA' },
    { id: 'netflix', name: 'Netflix', hangul: '넷플릭스' },
    { id: 'disney-plus', name: 'Disney+' },
  ],
  people: [
    { id: 'kim-soo-hyun', name: 'Kim Soo-hyun', hangul: '김수현' },
    { id: 'kim-so-hyun', name: 'Kim So-hyun', hangul: '김소현' },
    { id: 'kim-ji-won', name: 'Kim Ji-won', hangul: '김지원' },
    { id: 'kim-hee-won', name: 'Kim Hee-won', hangul: '김희원' },
    { id: 'kim-hee-won-director', name: 'Kim Hee-won', hangul: '김희원' },
    { id: 'ryu-seung-ryong', name: 'Ryu Seung-ryong', hangul: '류승룡' },
    { id: 'han-hyo-joo', name: 'Han Hyo-joo', hangul: '한효주' },
    { id: 'park-eun-bin', name: 'Park Eun-bin', hangul: '박은빈' },
    { id: 'kang-tae-oh', name: 'Kang Tae-oh', hangul: '강태오' },
    { id: 'lee-jun-ho', name: 'Lee Jun-ho', hangul: '이준호' },
    { id: 'lee-min-ki', name: 'Lee Min-ki', hangul: '이민기' },
    { id: 'lee-min-ji', name: 'Lee Min-ji', hangul: '이민지' },
    { id: 'kwak-sun-young', name: 'Kwak Sun-young', hangul: '곽선영' },
    { id: 'heo-sung-tae', name: 'Heo Sung-tae', hangul: '허성태' },
    { id: 'bae-suzy', name: 'Bae Suzy', hangul: '배수지' },
    { id: 'yang-se-jong', name: 'Yang Se-jong', hangul: '양세종' },
    { id: 'so-ji-sub', name: 'So Ji-sub', hangul: '소지섭' },
    { id: 'cho-tae-kwan', name: 'Cho Tae-kwan', hangul: '조태관' },
    { id: 'son-suk-ku', name: 'Son Suk-ku', hangul: '손석구' },
    { id: 'park-ji-eun', name: 'Park Ji-eun', hangul: '박지은' },
  ],
  shows: [
    {
      id: 'queen-of-tears',
      title: 'Queen of Tears',
      hangul: '눈물의 여왕',
      network: 'tvn',
      episodeCount: 16,
      firstAirDate: '2024-03-09',
      lastAirDate: '2024-04-28',
      cast: [
        { person: 'kim-soo-hyun', character: 'Baek Hyun-woo' },
        { person: 'kim-ji-won', character: 'Hong Hae-in' },
      ],
      crew: [
        { person: 'kim-hee-won-director', role: 'director' },
        { person: 'park-ji-eun', role: 'writer' },
      ],
    },
    {
      id: 'high-kick-3',
      title: 'High Kick: Revenge of the Short Legged',
      hangul: '하이킥! 짧은 다리의 역습',
      network: 'mbc',
      episodeCount: 123,
      firstAirDate: '2011-09-19',
      lastAirDate: '2012-03-29',
      cast: [{ person: 'kim-ji-won', character: 'Kim Ji-won' }],
    },
    {
      id: 'moving',
      title: 'Moving',
      hangul: '무빙',
      network: 'disney-plus',
      episodeCount: 20,
      firstAirDate: '2023-08-09',
      lastAirDate: '2023-09-20',
      cast: [
        { person: 'ryu-seung-ryong', character: 'Jang Ju-won' },
        { person: 'han-hyo-joo', character: 'Lee Mi-hyun' },
        { person: 'kim-hee-won', character: 'Choi Il-hwan' },
      ],
    },
    {
      id: 'extraordinary-attorney-woo',
      title: 'Extraordinary Attorney Woo',
      hangul: '이상한 변호사 우영우',
      network: 'ena',
      episodeCount: 16,
      firstAirDate: '2022-06-29',
      lastAirDate: '2022-08-18',
      cast: [
        { person: 'park-eun-bin', character: 'Woo Young-woo' },
        { person: 'kang-tae-oh', character: 'Lee Jun-ho' },
      ],
    },
    {
      id: 'crash',
      title: 'Crash',
      hangul: '크래시',
      network: 'ena',
      episodeCount: 12,
      firstAirDate: '2024-05-13',
      lastAirDate: '2024-06-18',
      cast: [
        { person: 'lee-min-ki', character: 'Cha Yeon-ho' },
        { person: 'kwak-sun-young', character: 'Min So-hee' },
        { person: 'heo-sung-tae', character: 'Jeong Chae-man' },
      ],
    },
    {
      id: 'doona',
      title: 'Doona!',
      hangul: '이두나!',
      network: 'netflix',
      episodeCount: 9,
      firstAirDate: '2023-10-20',
      lastAirDate: '2023-10-20',
      cast: [
        { person: 'bae-suzy', character: 'Lee Doo-na' },
        { person: 'yang-se-jong', character: 'Lee Won-jun' },
      ],
    },
    {
      id: 'terius-behind-me',
      title: 'Terius Behind Me',
      hangul: '내 뒤에 테리우스',
      network: 'mbc',
      episodeCount: 32,
      firstAirDate: '2018-09-27',
      lastAirDate: '2018-11-15',
      cast: [
        { person: 'so-ji-sub', character: 'Kim Bon' },
        { person: 'cho-tae-kwan', character: 'K' },
      ],
    },
  ],
};
