#!/usr/bin/env node
// Entry point: runs the TypeScript CLI through tsx's loader, so plain `node` works after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
