import { describe, expect, it } from 'vitest';
import { buildTitleIndex } from './build-title-index.js';
import { findNetworks } from './find-networks.js';
import { testIndex } from './title-fixtures.js';

const found = (text: string) => findNetworks(text, testIndex()).map((m) => [m.text, m.networkId]);

describe('findNetworks', () => {
  it.each([
    ['an acronym', 'It airs on JTBC tonight.', [['JTBC', 'jtbc']]],
    ['a possessive with a curly quote', 'JTBC’s newest drama', [['JTBC', 'jtbc']]],
    ['a possessive with a left quote mark', 'JTBC‘s newest drama', [['JTBC', 'jtbc']]],
    ['a possessive with a straight quote', "JTBC's newest drama", [['JTBC', 'jtbc']]],
    ['a hashtag in a video title', 'Kiss scene behind the scenes #tvN', [['tvN', 'tvn']]],
    ['mixed case as written', 'Catch it on tvN.', [['tvN', 'tvn']]],
    ['mixed case in capitals', 'CATCH IT ON TVN', [['TVN', 'tvn']]],
    ['an alias', 'It moved to KBS2 in May.', [['KBS2', 'kbs']]],
    ['an alias with a space', 'It moved to KBS 2TV in May.', [['KBS 2TV', 'kbs']]],
    ['an alias without its space', 'It moved to KBS2TV in May.', [['KBS2TV', 'kbs']]],
    ['the shorter name', 'A KBS drama', [['KBS', 'kbs']]],
    [
      'several networks',
      'SBS, MBC, ENA and OCN bid for it.',
      [
        ['SBS', 'sbs'],
        ['MBC', 'mbc'],
        ['ENA', 'ena'],
        ['OCN', 'ocn'],
      ],
    ],
    ['a name with a plus', 'Streaming on Disney+ from Friday.', [['Disney+', 'disney-plus']]],
    ['a plus spelled out', 'Streaming on Disney Plus from Friday.', [['Disney Plus', 'disney-plus']]],
    [
      'a streaming service, any case',
      'It tops netflix and Netflix charts.',
      [
        ['netflix', 'netflix'],
        ['Netflix', 'netflix'],
      ],
    ],
    ['a Hangul name', '넷플릭스 공개', [['넷플릭스', 'netflix']]],
    ['a Hangul name with a particle', '넷플릭스에서 공개된다', [['넷플릭스', 'netflix']]],
    ['a Latin name before a particle', 'JTBC에서 방송된다', [['JTBC', 'jtbc']]],
    ['a Hangul name inside a longer word', '넷플릭스탄 공개', []],
    ['an acronym in lower case', 'see jtbc for details', []],
    ['an acronym inside a longer word', 'The SBSX line and XSBS', []],
    ['an acronym followed by a digit', 'SBS2 is not a channel here', []],
    ['a URL path', 'https://news.example.com/jtbc/tvn/2022', []],
    ['a domain', 'Visit netflix.com today', []],
    ['a handle', 'Follow @JTBC for clips', []],
    [
      'a name of ordinary words needs its capital',
      'Channel A aired it; change the channel a bit',
      [['Channel A', 'channel-a']],
    ],
    ['at the very end', 'Source: JTBC', [['JTBC', 'jtbc']]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('confidence is lower for a name in another case', () => {
    const [written, shouted] = findNetworks('tvN and TVN', testIndex());
    expect(written.confidence).toBeGreaterThan(shouted.confidence);
  });

  it('an index without networks finds none', () => {
    expect(findNetworks('JTBC and tvN', buildTitleIndex([], []))).toEqual([]);
  });
});
