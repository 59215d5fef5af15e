import { Button, Result as AntResult, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api';
import { useErrorText } from './useErrorText';

/** What a whole screen shows while its query has no answer: a spinner, or the error and 重試. */
export function QueryFallback({ error, retry }: { error: ApiError | null; retry: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return <Spin fullscreen description={t('common.loading')} />;
  return (
    <main>
      <AntResult
        status="error"
        title={<h1 className="result-title">{errorText(error)}</h1>}
        extra={<Button onClick={retry}>{t('common.retry')}</Button>}
      />
    </main>
  );
}
