import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './language';

/** Switches between 繁體中文 and English; the label is in the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const other = language === 'en' ? 'zh-TW' : 'en';
  return (
    <Button data-testid="language-switch" lang={other} onClick={() => setLanguage(other)}>
      {t('header.switchLanguage')}
    </Button>
  );
}
