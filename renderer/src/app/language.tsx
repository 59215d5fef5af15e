import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhTWLocale from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-tw';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/i18n/messages';
import { createI18n, LANGUAGE_KEY, storedLanguage } from './i18n';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings';
import { appTheme, BUTTON_CONFIG } from './theme';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

const DAYJS_LOCALES: Record<Language, string> = { 'zh-TW': 'zh-tw', en: 'en' };
// Before unlocking, the firm's colour is unknown (it is in the encrypted store): the default's.
const START_THEME = appTheme(DEFAULT_SETTINGS.branding.primaryColor);

/** i18next, antd and dayjs in one language, remembered in localStorage; antd's theme. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage(window.localStorage);
    dayjs.locale(DAYJS_LOCALES[initial]);
    return initial;
  });
  const [i18n] = useState(() => createI18n(language));

  const state = useMemo<LanguageState>(
    () => ({
      language,
      setLanguage(next) {
        window.localStorage.setItem(LANGUAGE_KEY, next);
        void i18n.changeLanguage(next);
        dayjs.locale(DAYJS_LOCALES[next]);
        setLanguageState(next);
      },
    }),
    [i18n, language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <LanguageContext.Provider value={state}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider
          locale={language === 'en' ? enUS : zhTWLocale}
          theme={START_THEME}
          button={BUTTON_CONFIG}
        >
          {children}
        </ConfigProvider>
      </I18nextProvider>
    </LanguageContext.Provider>
  );
}
