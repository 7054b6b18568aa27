import en from '../../public/_locales/en/messages.json';

// UI strings through the browser's i18n (public/_locales: en, fr, de). Outside an extension (unit tests)
// the English catalogue answers. Core error messages stay English: they come from the engine.

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, count?: number | string): string {
  const api = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).chrome
    ?.i18n;
  const substitutions = count === undefined ? undefined : [String(count)];
  const localized = api?.getMessage(key, substitutions);
  if (localized) return localized;
  return en[key].message.replace('$count$', String(count ?? ''));
}
