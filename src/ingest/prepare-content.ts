import type { ArticleDoc } from '../analyze/analysis-types.js';
import { analyzeArticle } from '../analyze/analyze-article.js';
import { type ContentOptions, docFromContentHtml } from '../extract/doc-from-content-html.js';
import type { Linker } from '../link/build-linker.js';
import { sanitizeHtml } from '../sanitize/sanitize-html.js';
import type { ItemAnalysisRows } from '../store/items-repository.js';
import { analysisRows } from './analysis-rows.js';

/**
 * An item's content to turn into what the store keeps: the feed's HTML (made a document here), or a document
 * extracted from the fetched page with that page's content HTML.
 */
export type ContentSource = { html: string; opts: ContentOptions } | { html: string; doc: ArticleDoc };
export type ContentTask = ContentSource & { today: string };

export interface PreparedContent {
  doc: ArticleDoc;
  contentHtml: string;
  rows: ItemAnalysisRows;
}

/**
 * The CPU work of an item, no I/O: the document, the sanitised HTML and the analysis with the catalog's linker. Pure,
 * so it runs the same on the event loop or in a worker thread of the analysis pool (src/analyze/analysis-pool.ts).
 */
export function prepareContent(
  task: ContentTask,
  analyze: (doc: ArticleDoc, today: string) => ItemAnalysisRows,
): PreparedContent {
  // The feed's HTML is bounded as docFromContentHtml parses it: its serialised tree needs no second bounding.
  const made = 'doc' in task ? { doc: task.doc, html: task.html } : docFromContentHtml(task.html, task.opts);
  const { html: _html, ...doc } = made.doc;
  const contentHtml = sanitizeHtml(made.html, { bounded: !('doc' in task) });
  return { doc, contentHtml, rows: analyze(doc, task.today) };
}

/** The analysis as stored, with a linker (the analyser's own, or a worker's copy of it). */
export const analyzeWith =
  (linker: Linker, version: string) =>
  (doc: ArticleDoc, today: string): ItemAnalysisRows =>
    analysisRows(analyzeArticle(doc, linker, { today }), version);
