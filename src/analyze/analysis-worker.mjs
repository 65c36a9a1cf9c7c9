// A worker thread of the analysis pool when it runs as TypeScript (vitest, tsx): loads it through tsx's loader.
// Compiled to dist/, the pool starts analysis-worker-main.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker-main.ts');
