import { isLocale, type Locale } from './translate.js';

/**
 * The language of the interface: the reader's own setting when they chose one, else the browser's
 * Accept-Language (the supported language with the highest q; `ko-KR` counts as `ko`), else English.
 */
export function pickLocale(setting: Locale | 'auto' | null | undefined, acceptLanguage: string | undefined): Locale {
  if (setting && setting !== 'auto') return setting;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').slice(0, 500).split(',')) {
    const [tag, ...attrs] = part.trim().split(';');
    const base = tag.trim().toLowerCase().split('-')[0];
    const qAttr = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
    const q = qAttr ? Number(qAttr.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (isLocale(base) && (!best || q > best.q)) best = { locale: base, q };
  }
  return best?.locale ?? 'en';
}
