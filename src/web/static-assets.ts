import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { appCss } from './app-css.js';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/** Files served under /assets: the stylesheet, the favicon and the pages' scripts (never inline: see the CSP). */
const files: Record<string, { type: string; body: string }> = {
  'app.css': { type: 'text/css; charset=utf-8', body: appCss },
  'favicon.svg': { type: 'image/svg+xml', body: asset('favicon.svg') },
  'analyze.js': { type: 'text/javascript; charset=utf-8', body: asset('analyze.js') },
  // The reader's keyboard: the script and the rules it imports.
  'keys.js': { type: 'text/javascript; charset=utf-8', body: asset('keys.js') },
  'key-actions.js': { type: 'text/javascript; charset=utf-8', body: asset('key-actions.js') },
};

export function staticAssets(): Hono {
  const app = new Hono();
  app.get('/assets/:name', (c, next) => {
    const file = files[c.req.param('name')];
    if (!file) return next();
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(file.body, 200, { 'Content-Type': file.type });
  });
  // Browsers ask for /favicon.ico on their own (a feed reader's page, a bookmark).
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));
  return app;
}
