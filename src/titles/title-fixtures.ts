import { buildTitleIndex } from './build-title-index.js';
import type { NetworkEntry, TitleEntry, TitleIndex } from './title-types.js';

/** A small catalog for the tests of this folder: real K-drama titles, plus two shows that share a title. */
export const testShows: TitleEntry[] = [
  {
    showId: 'my-liberation-notes',
    title: 'My Liberation Notes',
    aliases: ['My Liberation Diary'],
    hangul: '나의 해방일지',
    networkId: 'jtbc',
  },
  { showId: 'mine', title: 'Mine', aliases: [], hangul: '마인', networkId: 'tvn' },
  { showId: 'start-up', title: 'Start-Up', aliases: [], hangul: '스타트업', networkId: 'tvn' },
  { showId: 'hometown', title: 'Hometown', aliases: [], hangul: '홈타운', networkId: 'tvn' },
  { showId: 'signal', title: 'Signal', aliases: [], hangul: '시그널', networkId: 'tvn' },
  { showId: 'moving', title: 'Moving', aliases: [], hangul: '무빙', networkId: 'disney-plus' },
  { showId: 'stranger', title: 'Stranger', aliases: ['Secret Forest'], hangul: '비밀의 숲', networkId: 'tvn' },
  {
    showId: 'goblin',
    title: 'Goblin',
    aliases: ['Guardian: The Lonely and Great God'],
    hangul: '도깨비',
    networkId: 'tvn',
  },
  { showId: 'kingdom', title: 'Kingdom', aliases: [], hangul: '킹덤', networkId: 'netflix' },
  { showId: 'vincenzo', title: 'Vincenzo', aliases: [], hangul: '빈센조', networkId: 'tvn' },
  {
    showId: 'secretary-kim',
    title: "What's Wrong with Secretary Kim",
    aliases: [],
    hangul: '김비서가 왜 그럴까',
    networkId: 'tvn',
  },
  {
    showId: 'twenty-five',
    title: 'Twenty-Five Twenty-One',
    aliases: ['2521'],
    hangul: '스물다섯 스물하나',
    networkId: 'tvn',
  },
  {
    showId: 'hospital-playlist',
    title: 'Hospital Playlist',
    aliases: [],
    hangul: '슬기로운 의사생활',
    networkId: 'tvn',
  },
  {
    showId: 'hospital-playlist-2',
    title: 'Hospital Playlist 2',
    aliases: [],
    hangul: '슬기로운 의사생활 시즌2',
    networkId: 'tvn',
  },
  { showId: 'the-glory', title: 'The Glory', aliases: [], hangul: '더 글로리', networkId: 'netflix' },
  { showId: 'squid-game', title: 'Squid Game', aliases: [], hangul: '오징어 게임', networkId: 'netflix' },
  {
    showId: 'crash-landing',
    title: 'Crash Landing on You',
    aliases: ['CLOY'],
    hangul: '사랑의 불시착',
    networkId: 'tvn',
  },
  {
    showId: 'extraordinary-attorney-woo',
    title: 'Extraordinary Attorney Woo',
    aliases: [],
    hangul: '이상한 변호사 우영우',
    networkId: 'ena',
  },
  { showId: 'mother-tvn', title: 'Mother', aliases: [], hangul: '마더', networkId: 'tvn' },
  { showId: 'mother-kbs', title: 'Mother', aliases: [], hangul: '엄마', networkId: 'kbs' },
  { showId: 'sky-castle', title: 'SKY Castle', aliases: [], hangul: 'SKY 캐슬', networkId: 'jtbc' },
  { showId: 'hellbound', title: 'Hellbound', aliases: [], hangul: '지옥', networkId: 'netflix' },
  { showId: 'mr-sunshine', title: 'Mr. Sunshine', aliases: [], hangul: '미스터 션샤인', networkId: 'tvn' },
];

export const testNetworks: NetworkEntry[] = [
  { id: 'jtbc', name: 'JTBC', aliases: [] },
  { id: 'tvn', name: 'tvN', aliases: [] },
  { id: 'kbs', name: 'KBS', hangul: '한국방송', aliases: ['KBS2', 'KBS 2TV'] },
  { id: 'sbs', name: 'SBS', aliases: [] },
  { id: 'mbc', name: 'MBC', hangul: '문화방송', aliases: [] },
  { id: 'ena', name: 'ENA', aliases: [] },
  { id: 'ocn', name: 'OCN', aliases: [] },
  { id: 'netflix', name: 'Netflix', hangul: '넷플릭스', aliases: [] },
  { id: 'disney-plus', name: 'Disney+', aliases: [] },
  { id: 'channel-a', name: 'Channel A', hangul: '채널A', aliases: [] },
];

let cached: TitleIndex | null = null;

export function testIndex(): TitleIndex {
  cached ??= buildTitleIndex(testShows, testNetworks);
  return cached;
}
