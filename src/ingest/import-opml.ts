import { isAppError } from '../errors/app-error.js';
import { readOpml } from '../parse/read-opml.js';
import { addFeed } from './add-feed.js';
import type { IngestDeps } from './ingest-deps.js';

export interface OpmlImportReport {
  added: string[];
  existing: string[];
  /** Outlines that could not be followed, each with the reason (and the line in the file when the parser knows it). */
  failed: Array<{ url: string | null; line: number | null; reason: string }>;
}

/**
 * Follows every feed of an OPML file (feeds followed already are left as they are). An unreadable file is an error
 * (input.invalid); a feed that cannot be added is reported with its reason, never dropped silently.
 */
export async function importOpml(
  deps: IngestDeps,
  text: string,
  origin: string,
  intervalMinutes?: number,
): Promise<OpmlImportReport> {
  const report: OpmlImportReport = { added: [], existing: [], failed: [] };
  for (const feed of readOpml(text, origin)) {
    try {
      await addFeed(deps, feed.url, { intervalMinutes, title: feed.title, skipCheck: true });
      report.added.push(feed.url);
    } catch (error) {
      if (isAppError(error, 'feed.exists')) report.existing.push(feed.url);
      else report.failed.push({ url: feed.url, line: null, reason: (error as Error).message });
    }
  }
  return report;
}
