import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { countOf } from '../i18n/count-of.js';
import { demoIdPrefix } from '../store/demo-repository.js';

export const demoItemsUrl = new URL('../../data/demo-items.json', import.meta.url);

/** One demo item as written in `data/demo-items.json`: our own text, no URL, no video id, nothing remote. */
const demoItemSchema = z.strictObject({
  id: z.string().regex(new RegExp(`^${demoIdPrefix}[a-z0-9-]+$`), `must look like "${demoIdPrefix}some-name"`),
  title: z.string().trim().min(1),
  publishedAt: z.iso.datetime({ offset: true }),
  sourceName: z.string().trim().min(1),
  author: z.string().trim().min(1).nullable(),
  mediaType: z.enum(['article', 'video']),
  bodyHtml: z
    .string()
    .trim()
    .min(1)
    .refine((html) => !/\b(?:src|href|srcset)\s*=/i.test(html), 'must not link or embed anything (no src or href)'),
});

const demoFileSchema = z.strictObject({
  about: z.string().optional(),
  items: z.array(demoItemSchema).min(1),
});

export type DemoItem = z.infer<typeof demoItemSchema>;

export interface DemoSource {
  text: string;
  /** Where the text came from, for error messages. */
  origin: string;
}

export const bundledDemoItems = (): DemoSource => ({
  text: readFileSync(demoItemsUrl, 'utf8'),
  origin: 'data/demo-items.json',
});

/**
 * Parses and validates a demo file. Every problem is reported at once, each naming the item (by index and id) and
 * the field, and nothing is returned unless the whole file is valid.
 */
export function readDemoItems(source: DemoSource): DemoItem[] {
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (error) {
    throw new AppError('input.invalid', `${source.origin}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = demoFileSchema.safeParse(json);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const [top, index, ...field] = issue.path;
        if (top !== 'items' || typeof index !== 'number')
          return `${issue.path.join('.') || '(file)'}: ${issue.message}`;
        const id = (json as { items: Array<{ id?: unknown }> }).items[index]?.id;
        const name = typeof id === 'string' ? ` (${id})` : '';
        if (issue.code === 'unrecognized_keys')
          return `item ${index}${name}: ${issue.keys.join(', ')}: not a demo item field (demo items have no url or video id)`;
        return `item ${index}${name}: ${field.join('.') || '(item)'}: ${issue.message}`;
      });
  const seen = new Set<string>();
  for (const [index, item] of (parsed.data?.items ?? []).entries()) {
    if (seen.has(item.id)) problems.push(`item ${index} (${item.id}): id: used by an earlier item`);
    seen.add(item.id);
  }
  if (problems.length || !parsed.data)
    throw new AppError(
      'input.invalid',
      `${source.origin}: ${problems[0]}${problems.length > 1 ? ` (and ${countOf(problems.length - 1, 'more problem')})` : ''}`,
      { details: problems },
    );
  return parsed.data.items;
}
