import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { loadConfig } from '../../src/config/load-config.js';

/** Debian's Chromium (`apt-get install chromium fonts-nanum`); playwright-core never downloads a browser. */
export const chromiumPath = '/usr/bin/chromium';

const config = loadConfig();

/**
 * Whether the browser tests run: without Chromium they are skipped on a user's machine, but under CI they run and
 * fail (`launchBrowser` throws), like the PostgreSQL storage targets.
 */
export const browserAvailable = existsSync(chromiumPath) || config.ci;

export function missingChromiumMessage(): string {
  return `${chromiumPath} is missing: install it with \`apt-get install chromium fonts-nanum\``;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile in a temporary directory, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(missingChromiumMessage());
  const userDataDir = mkdtempSync(join(tmpdir(), 'haebang-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
