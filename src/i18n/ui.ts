import type { ThemeSetting } from '../store/preferences-repository.js';
import { type Locale, type Translate, translator } from './translate.js';

/** How this request's pages are rendered: the language (with its translate function) and the colour scheme. */
export interface Ui {
  locale: Locale;
  theme: ThemeSetting;
  t: Translate;
}

export function uiFor(locale: Locale, theme: ThemeSetting = 'auto'): Ui {
  return { locale, theme, t: translator(locale) };
}
