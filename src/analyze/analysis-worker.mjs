// A worker thread of the analysis pool: loads the TypeScript through tsx's loader, like bin/haebang.js does.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker-main.ts');
