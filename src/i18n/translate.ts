import { en, type Messages } from './messages-en.js';
import { ko } from './messages-ko.js';

/** The interface languages; every one has a full catalogue (the compiler checks that ko has every key of en). */
export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

export type MessageKey = keyof Messages;
type ParamsOf<K extends MessageKey> = Messages[K] extends (params: infer P) => string ? [params: P] : [];

/** Looks a message up in the reader's language; a message with parameters takes them, typed per key. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

const catalogues: Record<Locale, Messages> = { en, ko };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const translators = new Map<Locale, Translate>();

/** The translate function of one language: the same function every time (pages key what they keep by it). */
export function translator(locale: Locale): Translate {
  const found = translators.get(locale);
  if (found) return found;
  const messages = catalogues[locale];
  const t: Translate = (key, ...params) => {
    const message = messages[key] as string | ((p: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
  };
  translators.set(locale, t);
  return t;
}
