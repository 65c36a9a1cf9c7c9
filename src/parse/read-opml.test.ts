import { describe, expect, it } from 'vitest';
import { readOpml, writeOpml } from './read-opml.js';

const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="K-drama">
    <outline type="rss" text="Drama Desk" title="Drama Desk" xmlUrl="https://dramadesk.example/feed" htmlUrl="https://dramadesk.example/"/>
    <outline type="rss" text="Clips" xmlUrl="https://www.youtube.com/feeds/videos.xml?channel_id=UC1&amp;x=1"/>
  </outline>
  <outline type="rss" text="Duplicate" xmlUrl="https://dramadesk.example/feed"/>
  <outline type="rss" text="Not http" xmlUrl="javascript:alert(1)"/>
  <outline text="No feed here" htmlUrl="https://blog.example/"/>
  <!-- <outline text="commented out" xmlUrl="https://old.example/feed"/> -->
  <outline text="Empty folder"></outline>
  <outline type="rss" text="Spaces" xmlUrl="https://bad host.example/feed"/>
  <outline/>
</body></opml>`;

describe('OPML', () => {
  it('reads every feed with its line, folders flattened, a repeat kept apart', () => {
    const read = readOpml(opml, 'mine.opml');
    expect(read.feeds).toEqual([
      { url: 'https://dramadesk.example/feed', title: 'Drama Desk', siteUrl: 'https://dramadesk.example/', line: 4 },
      { url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UC1&x=1', title: 'Clips', siteUrl: null, line: 5 },
    ]);
    expect(read.repeated).toEqual([
      expect.objectContaining({ url: 'https://dramadesk.example/feed', line: 7, firstLine: 4 }),
    ]);
  });

  it.each([
    [8, 'javascript:alert(1)', 'not an http(s) URL'],
    [9, 'https://blog.example/', '"No feed here": no feed URL (xmlUrl) and no outlines inside'],
    [11, null, '"Empty folder": no feed URL (xmlUrl) and no outlines inside'],
    [12, 'https://bad host.example/feed', 'not an http(s) URL'],
    [13, null, 'no feed URL (xmlUrl) and no outlines inside'],
  ])('reports the outline on line %d (%s), never drops it', (line, url, reason) => {
    expect(readOpml(opml, 'mine.opml').problems).toContainEqual({ line, url, reason });
  });

  it('reads nothing inside a comment, and no outline is lost: each is a feed, a repeat, a folder or a problem', () => {
    const read = readOpml(opml, 'mine.opml');
    expect(JSON.stringify(read)).not.toContain('old.example');
    expect(read.feeds.length + read.repeated.length + read.problems.length + 1).toBe(9);
  });

  it('writes what it reads back', () => {
    const { feeds } = readOpml(opml, 'mine.opml');
    const again = readOpml(writeOpml(feeds), 'export');
    expect(again.feeds.map(({ line: _, ...f }) => f)).toEqual(feeds.map(({ line: _, ...f }) => f));
    expect(again.problems).toEqual([]);
  });

  it('reports a file that is not OPML with where it came from', () => {
    expect(() => readOpml('<html><body>no</body></html>', 'x.opml')).toThrow(/x\.opml: not a readable OPML file/);
  });
});
