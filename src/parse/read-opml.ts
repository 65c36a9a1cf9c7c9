import { generateOpml, parseOpml } from 'feedsmith';
import { AppError } from '../errors/app-error.js';
import { stripDoctype } from './repair-xml.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
}

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };

/** Every feed in an OPML file, folders flattened; outlines without an http(s) xmlUrl are left out. */
export function readOpml(text: string, origin: string): OpmlFeed[] {
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(stripDoctype(text)) as typeof doc;
  } catch (cause) {
    throw new AppError('input.invalid', `${origin}: not a readable OPML file (${(cause as Error).message})`, { cause });
  }
  const feeds: OpmlFeed[] = [];
  const walk = (outlines: Outline[] = []) => {
    for (const o of outlines) {
      if (o.xmlUrl && /^https?:\/\//i.test(o.xmlUrl.trim()))
        feeds.push({ url: o.xmlUrl.trim(), title: o.title ?? o.text ?? null, siteUrl: o.htmlUrl ?? null });
      walk(o.outlines);
    }
  };
  walk(doc.body?.outlines);
  return feeds.filter((f, i) => feeds.findIndex((g) => g.url === f.url) === i);
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
