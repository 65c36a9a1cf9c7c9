import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it.each([
    ['defaults', {}, { host: '127.0.0.1', port: 5173, databaseUrl: null, allowPrivateFetch: false, ci: false }],
    ['port', { HAEBANG_PORT: '8080' }, { port: 8080 }],
    ['database url', { DATABASE_URL: 'postgres://u@127.0.0.1/db' }, { databaseUrl: 'postgres://u@127.0.0.1/db' }],
    ['ci flag', { CI: 'true' }, { ci: true }],
    ['private fetch', { HAEBANG_ALLOW_PRIVATE_FETCH: '1' }, { allowPrivateFetch: true }],
    ['empty values are unset', { DATABASE_URL: '' }, { databaseUrl: null }],
    [
      'sync defaults',
      {},
      {
        tmdbToken: null,
        tmdbApiKey: null,
        tmdbBaseUrl: 'https://api.themoviedb.org',
        wikidataSparqlUrl: 'https://query.wikidata.org/sparql',
      },
    ],
    ['demo items by default', {}, { demoItems: true }],
    ['demo items off with 0', { HAEBANG_DEMO_ITEMS: '0' }, { demoItems: false }],
    ['demo items off with false', { HAEBANG_DEMO_ITEMS: 'FALSE' }, { demoItems: false }],
    ['demo items on with 1', { HAEBANG_DEMO_ITEMS: '1' }, { demoItems: true }],
    ['queue defaults', {}, { serveWorks: true, workerConcurrency: 4, scheduleSeconds: 60, jobLeaseSeconds: 900 }],
    [
      'queue settings',
      {
        HAEBANG_SERVE_WORKS: 'off',
        HAEBANG_WORKER_CONCURRENCY: '8',
        HAEBANG_SCHEDULE_SECONDS: '5',
        HAEBANG_JOB_LEASE_SECONDS: '120',
      },
      { serveWorks: false, workerConcurrency: 8, scheduleSeconds: 5, jobLeaseSeconds: 120 },
    ],
    ['tmdb token', { HAEBANG_TMDB_TOKEN: ' eyJ.token ' }, { tmdbToken: 'eyJ.token' }],
    ['tmdb api key', { HAEBANG_TMDB_API_KEY: 'abc123' }, { tmdbApiKey: 'abc123' }],
    ['tmdb url', { HAEBANG_TMDB_URL: 'http://127.0.0.1:9000/' }, { tmdbBaseUrl: 'http://127.0.0.1:9000' }],
    [
      'wikidata url',
      { HAEBANG_WIKIDATA_URL: 'http://127.0.0.1:9001/sparql' },
      { wikidataSparqlUrl: 'http://127.0.0.1:9001/sparql' },
    ],
  ])('%s', (_name, env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it('resolves the data directory', () => {
    expect(loadConfig({ HAEBANG_DATA_DIR: '/tmp/x' }).dataDir).toBe('/tmp/x');
  });

  it.each([
    ['bad port', { HAEBANG_PORT: 'abc' }, /HAEBANG_PORT/],
    ['bad url', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    ['bad tmdb url', { HAEBANG_TMDB_URL: 'ftp://x' }, /HAEBANG_TMDB_URL/],
    ['bad demo flag', { HAEBANG_DEMO_ITEMS: 'maybe' }, /HAEBANG_DEMO_ITEMS/],
    ['no concurrency', { HAEBANG_WORKER_CONCURRENCY: '0' }, /HAEBANG_WORKER_CONCURRENCY/],
    ['a one-second lease', { HAEBANG_JOB_LEASE_SECONDS: '1' }, /HAEBANG_JOB_LEASE_SECONDS/],
  ])('rejects %s', (_name, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
