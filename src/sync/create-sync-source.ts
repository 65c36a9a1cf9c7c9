import type { Config } from '../config/load-config.js';
import { AppError } from '../errors/app-error.js';
import type { SyncSource } from './synced-show.js';
import { createTmdbSource, type SourceOptions } from './tmdb-source.js';
import { createWikidataSource } from './wikidata-source.js';

export function createSyncSource(name: string, config: Config, options: SourceOptions = {}): SyncSource {
  if (name === 'tmdb') return createTmdbSource(config, options);
  if (name === 'wikidata') return createWikidataSource(config, options);
  throw new AppError('input.invalid', `unknown sync source "${name}" (expected tmdb or wikidata)`);
}
