import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';
import { VaultCard } from './VaultCard';

/** Unlock by passphrase, or with the recovery code and a new passphrase; either refreshes the vault state. */
export function UnlockScreen() {
  const { t } = useTranslation();
  const [useRecovery, setUseRecovery] = useState(false);
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
    </VaultCard>
  );
}
