import { readFileSync } from 'node:fs';

/** Reads a JSON-lines dev set, naming the line of any row that is not JSON. */
export function loadDevSet<T>(url: URL): T[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line && !line.startsWith('//'))
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as T;
      } catch (e) {
        throw new Error(`${url.pathname}:${n}: ${(e as Error).message}`);
      }
    });
}

export interface LinkRow {
  id: string;
  style: string;
  text: string;
  expect: {
    shows?: string[];
    people?: string[];
    characters?: Array<{ show: string; hangul?: string; name?: string }>;
    networks?: string[];
  };
}

export interface SpoilerRow {
  id: string;
  style: string;
  published: string | null;
  text: string;
  expect: { kind: string; horizons: Record<string, number | null> };
}
