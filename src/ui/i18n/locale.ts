/**
 * The page's language: English is built in, Indonesian is loaded lazily (its own chunk) the first
 * time it is chosen. Switching also sets `<html lang>` so screen readers pronounce the text right.
 */

import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../generated/locale-codes';

/** A language the page speaks. */
export type Lang = 'en' | 'id';

/** Every language, in the order the switcher shows them. */
export const LANGS: readonly Lang[] = ['en', 'id'];

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  // P5: Vite's dynamic-import-vars needs the real `.ts` extension.
  loadLocale: (locale) => import(`../../generated/locales/${locale}.ts`),
});

/** Whether a string names a language the page speaks. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'id';
}

/** The language currently shown. */
export function currentLang(): Lang {
  const locale = localization.getLocale();
  return isLang(locale) ? locale : 'en';
}

/** Switches every localized element to `lang` and reflects it in `<html lang>`. */
export async function applyLang(lang: Lang): Promise<void> {
  await localization.setLocale(lang);
  document.documentElement.lang = lang;
}
