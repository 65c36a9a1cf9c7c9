import { generateOpml, parseOpml } from 'feedsmith';
import { AppError } from '../errors/app-error.js';
import { stripDoctype } from './repair-xml.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  /** The line of its outline in the file (null for feeds not read from a file). */
  line?: number | null;
}

/** An outline that names no feed haebang can follow, with its line and why. */
export interface OpmlProblem {
  line: number;
  url: string | null;
  reason: string;
}

export interface OpmlRead {
  feeds: OpmlFeed[];
  /** Outlines listing a feed listed already on an earlier line. */
  repeated: Array<OpmlFeed & { line: number; firstLine: number }>;
  problems: OpmlProblem[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** Comments and CDATA blanked out (line breaks kept), so that outlines inside them are not read and lines hold. */
const blankOut = (text: string) =>
  text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));

function httpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every feed in an OPML file, folders flattened, each with its line. The file must parse as OPML (else
 * input.invalid); then each `<outline>` is read where it stands: one with an xmlUrl that is no http(s) URL, or with
 * neither an xmlUrl nor outlines inside (a link to a site, an empty line), is a problem with its line, never dropped.
 */
export function readOpml(text: string, origin: string): OpmlRead {
  try {
    parseOpml(stripDoctype(text));
  } catch (cause) {
    throw new AppError('input.invalid', `${origin}: not a readable OPML file (${(cause as Error).message})`, { cause });
  }
  const source = blankOut(text);
  const read: OpmlRead = { feeds: [], repeated: [], problems: [] };
  const seen = new Map<string, number>();
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  for (const tag of source.matchAll(/<outline\b([^>]*?)(\/?)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of tag[1].matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs.set(a[1].toLowerCase(), decode(a[2] ?? a[3] ?? '').trim());
    const line = lineAt(tag.index);
    const xmlUrl = attrs.get('xmlurl');
    const title = attrs.get('title') || attrs.get('text') || null;
    if (xmlUrl === undefined || xmlUrl === '') {
      const empty = tag[2] === '/' || /^\s*<\/outline\s*>/i.test(source.slice(tag.index + tag[0].length));
      if (empty)
        read.problems.push({
          line,
          url: attrs.get('htmlurl') || null,
          reason: `${title ? `"${title}": ` : ''}no feed URL (xmlUrl) and no outlines inside`,
        });
      continue;
    }
    if (!httpUrl(xmlUrl)) {
      read.problems.push({ line, url: xmlUrl, reason: 'not an http(s) URL' });
      continue;
    }
    const feed = { url: xmlUrl, title, siteUrl: attrs.get('htmlurl') || null, line };
    const firstLine = seen.get(xmlUrl);
    if (firstLine !== undefined) read.repeated.push({ ...feed, firstLine });
    else {
      seen.set(xmlUrl, line);
      read.feeds.push(feed);
    }
  }
  return read;
}

/** The feeds as an OPML 2.0 document, for other readers. */
export function writeOpml(feeds: OpmlFeed[], now = new Date()): string {
  return generateOpml({
    head: { title: 'haebang feeds', dateCreated: now },
    body: {
      outlines: feeds.map((f) => ({
        text: f.title ?? f.url,
        ...(f.title ? { title: f.title } : {}),
        type: 'rss',
        xmlUrl: f.url,
        ...(f.siteUrl ? { htmlUrl: f.siteUrl } : {}),
      })),
    },
  });
}
