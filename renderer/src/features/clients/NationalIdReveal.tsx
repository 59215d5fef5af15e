import { useEffect } from 'react';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { NO_NATIONAL_ID_WORDS } from '../../../../shared/features/clients/fields';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';

export const REVEAL_MS = 30_000;

/**
 * The national ID, masked; 顯示 asks the core (which logs the reveal) and masks it again after
 * 30 s. Leaving the dossier unmounts this and drops the full ID.
 */
export function NationalIdReveal({ clientId, masked }: { clientId: string; masked: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  // The full ID lives only in this mutation's state: reset() masks it again and drops it.
  const reveal = useChannelMutation('clients.revealNationalId', {
    invalidates: ['audit'],
    onError: (error) => void message.error(errorText(error)),
  });
  const revealed = reveal.data?.nationalId ?? null;
  const { reset } = reveal;

  useEffect(() => {
    if (revealed === null) return;
    const timer = setTimeout(reset, REVEAL_MS);
    return () => clearTimeout(timer);
  }, [revealed, reset]);

  // A prospect without a national ID: nothing to reveal.
  if (masked === '') return <span data-testid="dossier-nationalId">{NO_NATIONAL_ID_WORDS[language]}</span>;

  return (
    <Space>
      <span className="mono national-id" data-testid="dossier-nationalId">
        {revealed ?? masked}
      </span>
      {revealed === null ? (
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate({ id: clientId })}
          data-testid="reveal-national-id"
        >
          {t('dossier.reveal')}
        </Button>
      ) : (
        <Button size="small" icon={<EyeInvisibleOutlined />} onClick={reset} data-testid="hide-national-id">
          {t('dossier.hide')}
        </Button>
      )}
    </Space>
  );
}
