import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { vaultStarts } from '../../app/feature-slots';
import type { VaultStart } from '../../app/slots';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';
import { VaultCard } from './VaultCard';

/**
 * Unlock by passphrase, or with the recovery code and a new passphrase; either refreshes the vault
 * state. A feature's other way in (restore from a backup: a damaged vault cannot be unlocked) ends
 * back on the passphrase.
 */
export function UnlockScreen() {
  const { t } = useTranslation();
  const [useRecovery, setUseRecovery] = useState(false);
  const [start, setStart] = useState<VaultStart | null>(null);
  if (start) {
    return (
      <VaultCard title={t(start.labelKey)}>
        <start.Start onDone={() => setStart(null)} vaultExists />
        <Button type="link" block onClick={() => setStart(null)} data-testid="unlock-back">
          {t('unlock.usePassphrase')}
        </Button>
      </VaultCard>
    );
  }
  return (
    <VaultCard title={useRecovery ? t('unlock.recoverTitle') : t('unlock.title')}>
      {useRecovery ? <RecoverForm /> : <UnlockForm />}
      <Button
        type="link"
        block
        onClick={() => setUseRecovery(!useRecovery)}
        data-testid="unlock-toggle-recovery"
      >
        {useRecovery ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
      </Button>
      {vaultStarts().map((other) => (
        <Button
          key={other.key}
          type="link"
          block
          onClick={() => setStart(other)}
          data-testid={`unlock-start-${other.key}`}
        >
          {t(other.labelKey)}
        </Button>
      ))}
    </VaultCard>
  );
}
