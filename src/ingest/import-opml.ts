import { withoutUrl } from '../errors/about-url.js';
import { isAppError } from '../errors/app-error.js';
import { readOpml } from '../parse/read-opml.js';
import { addFeed } from './add-feed.js';
import type { IngestDeps } from './ingest-deps.js';

export interface OpmlImportReport {
  added: string[];
  existing: string[];
  /** Outlines that could not be followed, each with its line in the file and the reason (which does not repeat the URL). */
  failed: Array<{ url: string | null; line: number | null; reason: string }>;
  /** How many feeds the file lists (repeats counted once). */
  listed: number;
}

/**
 * Follows every feed of an OPML file (feeds followed already are left as they are). An unreadable file is an error
 * (input.invalid); an outline that names no feed, or a feed that cannot be added, is reported with its line and
 * reason, never dropped silently.
 */
export async function importOpml(
  deps: IngestDeps,
  text: string,
  origin: string,
  intervalMinutes?: number,
): Promise<OpmlImportReport> {
  const read = readOpml(text, origin);
  const report: OpmlImportReport = { added: [], existing: [], failed: [...read.problems], listed: read.feeds.length };
  for (const feed of read.feeds) {
    try {
      await addFeed(deps, feed.url, { intervalMinutes, title: feed.title, skipCheck: true });
      report.added.push(feed.url);
    } catch (error) {
      if (isAppError(error, 'feed.exists')) report.existing.push(feed.url);
      else
        report.failed.push({
          url: feed.url,
          line: feed.line ?? null,
          reason: withoutUrl(feed.url, (error as Error).message),
        });
    }
  }
  // A feed listed twice in the file is followed once; its second outline counts as followed already.
  for (const r of read.repeated) report.existing.push(r.url);
  report.failed.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return report;
}
