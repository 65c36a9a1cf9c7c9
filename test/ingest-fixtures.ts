import { readFileSync } from 'node:fs';
import type { LoopbackServer } from './loopback-server.js';

/** A fixture of src/ingest/fixtures, as text. */
export const ingestFixture = (name: string) =>
  readFileSync(new URL(`../src/ingest/fixtures/${name}`, import.meta.url), 'utf8');

/**
 * Serves the ingest fixtures from a loopback server: /desk.xml (an outlet's RSS with an ETag), its summary-only
 * entry's page at /news/interview, /clips.xml (a YouTube channel) and /mirror.xml (another outlet with the same story).
 */
export function serveIngestFixtures(server: LoopbackServer): void {
  const base = server.url('').replace(/\/$/, '');
  const rss = { 'content-type': 'application/rss+xml; charset=utf-8' };
  server.routes.set('/desk.xml', {
    headers: { ...rss, etag: '"v1"' },
    body: ingestFixture('desk-feed.xml').replaceAll('{{BASE}}', base),
  });
  server.routes.set('/news/interview', {
    headers: { 'content-type': 'text/html' },
    body: ingestFixture('interview-page.html'),
  });
  server.routes.set('/clips.xml', {
    headers: { 'content-type': 'application/atom+xml' },
    body: ingestFixture('clips-feed.xml'),
  });
  server.routes.set('/mirror.xml', {
    headers: rss,
    body: ingestFixture('mirror-feed.xml').replaceAll('{{BASE}}', base),
  });
}
