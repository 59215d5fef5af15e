import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/messages';
import { messages } from './messages';

export const LANGUAGE_KEY = 'advisordesk.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(storage: Storage): Language {
  const value = storage.getItem(LANGUAGE_KEY);
  return isLanguage(value) ? value : 'zh-TW';
}

/** Screen text is flat keys ("nav.clients"), so dots are not nesting. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-TW',
    resources: { 'zh-TW': { translation: messages['zh-TW'] }, en: { translation: messages.en } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
