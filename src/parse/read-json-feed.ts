import type { AnyFeed } from 'feedsmith';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';

const optionalText = z.string().nullish();
/** The fields of a JSON Feed item that haebang reads; the rest are ignored whatever they hold. */
const itemSchema = z.object({
  id: z.union([z.string(), z.number().transform(String)]).nullish(),
  url: optionalText,
  external_url: optionalText,
  title: optionalText,
  content_html: optionalText,
  content_text: optionalText,
  summary: optionalText,
  image: optionalText,
  banner_image: optionalText,
  date_published: optionalText,
  date_modified: optionalText,
  authors: z.array(z.object({ name: optionalText }).passthrough().nullable()).nullish(),
  author: z.object({ name: optionalText }).passthrough().nullish(),
});

const kindOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

const fail = (url: string, what: string) =>
  new AppError('feed.malformed', `${url}: not a readable JSON Feed: ${what}`, { details: [what] });

/**
 * A JSON Feed document checked before anything is read: the top level must be an object with a JSON Feed `version`
 * or `items`, and `items` an array (else the whole feed is refused, the message naming the field and what it held); an item
 * that is not an object, or whose fields have the wrong type, is reported by its index and left out, and the rest
 * of the feed is kept.
 */
export function readJsonFeed(
  document: unknown,
  url: string,
): { parsed: AnyFeed; skipped: Array<{ index: number; reason: string }>; indexes: number[] } {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw fail(url, `the document is ${kindOf(document)}, not a JSON Feed object`);
  const top = document as Record<string, unknown>;
  const isJsonFeed = typeof top.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(top.version);
  if (!isJsonFeed && top.items === undefined)
    throw fail(url, 'it has neither a JSON Feed `version` ("https://jsonfeed.org/version/1.1") nor `items`');
  if (top.items === undefined) throw fail(url, '`items` is missing (expected an array of items)');
  if (!Array.isArray(top.items)) throw fail(url, `\`items\` is ${kindOf(top.items)}, not an array`);
  for (const field of ['title', 'home_page_url'] as const)
    if (top[field] !== undefined && top[field] !== null && typeof top[field] !== 'string')
      throw fail(url, `\`${field}\` is ${kindOf(top[field])}, not a string`);
  const skipped: Array<{ index: number; reason: string }> = [];
  const items: Array<z.infer<typeof itemSchema>> = [];
  /** The document index of each item kept. */
  const indexes: number[] = [];
  top.items.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      skipped.push({ index, reason: `items[${index}] is ${kindOf(raw)}, not an object` });
      return;
    }
    const item = itemSchema.safeParse(raw);
    if (item.success) {
      indexes.push(index);
      items.push({ ...item.data, authors: item.data.authors ?? (item.data.author ? [item.data.author] : null) });
      return;
    }
    const issue = item.error.issues[0];
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    const value = issue.path.reduce<unknown>((v, p) => (v as Record<PropertyKey, unknown>)?.[p as string], raw);
    skipped.push({ index, reason: `items[${index}]${field} is ${kindOf(value)}: ${issue.message}` });
  });
  const feed = { title: top.title ?? undefined, home_page_url: top.home_page_url ?? undefined, items };
  return { parsed: { format: 'json', feed } as unknown as AnyFeed, skipped, indexes };
}
