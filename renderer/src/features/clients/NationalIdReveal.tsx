import { useEffect, useState } from 'react';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useErrorText } from '../../app/useErrorText';

export const REVEAL_MS = 30_000;

/**
 * The national ID, masked; 顯示 asks the core (which logs the reveal) and masks it again after
 * 30 s. Leaving the dossier unmounts this and drops the full ID.
 */
export function NationalIdReveal({ clientId, masked }: { clientId: string; masked: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (revealed === null) return;
    const timer = setTimeout(() => setRevealed(null), REVEAL_MS);
    return () => clearTimeout(timer);
  }, [revealed]);

  async function reveal() {
    setBusy(true);
    const result = await api.invoke('clients.revealNationalId', { id: clientId });
    setBusy(false);
    if (result.ok) setRevealed(result.value.nationalId);
    else void message.error(errorText(result.error));
  }

  return (
    <Space>
      <span className="mono national-id" data-testid="dossier-nationalId">
        {revealed ?? masked}
      </span>
      {revealed === null ? (
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={busy}
          onClick={() => void reveal()}
          data-testid="reveal-national-id"
        >
          {t('dossier.reveal')}
        </Button>
      ) : (
        <Button
          size="small"
          icon={<EyeInvisibleOutlined />}
          onClick={() => setRevealed(null)}
          data-testid="hide-national-id"
        >
          {t('dossier.hide')}
        </Button>
      )}
    </Space>
  );
}
