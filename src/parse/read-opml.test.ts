import { describe, expect, it } from 'vitest';
import { readOpml, writeOpml } from './read-opml.js';

const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="K-drama">
    <outline type="rss" text="Drama Desk" title="Drama Desk" xmlUrl="https://dramadesk.example/feed" htmlUrl="https://dramadesk.example/"/>
    <outline type="rss" text="Clips" xmlUrl="https://www.youtube.com/feeds/videos.xml?channel_id=UC1"/>
  </outline>
  <outline type="rss" text="Duplicate" xmlUrl="https://dramadesk.example/feed"/>
  <outline type="rss" text="Not http" xmlUrl="javascript:alert(1)"/>
  <outline text="No feed here"/>
</body></opml>`;

describe('OPML', () => {
  it('reads every feed, folders flattened, duplicates and non-http URLs left out', () => {
    expect(readOpml(opml, 'mine.opml')).toEqual([
      { url: 'https://dramadesk.example/feed', title: 'Drama Desk', siteUrl: 'https://dramadesk.example/' },
      { url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1', title: 'Clips', siteUrl: null },
    ]);
  });

  it('writes what it reads back', () => {
    const feeds = readOpml(opml, 'mine.opml');
    expect(readOpml(writeOpml(feeds), 'export')).toEqual(feeds);
  });

  it('reports a file that is not OPML with where it came from', () => {
    expect(() => readOpml('<html><body>no</body></html>', 'x.opml')).toThrow(/x\.opml: not a readable OPML file/);
  });
});
