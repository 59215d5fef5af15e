import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shows the recovery code this one time; continuing needs the user to say it is written down. */
export function RecoveryCodeStep({ code, onContinue }: { code: string; onContinue: () => void }) {
  const { t } = useTranslation();
  const [acknowledged, setAcknowledged] = useState(false);
  return (
    <Flex vertical gap="middle">
      <Alert
        type="warning"
        showIcon
        title={t('setup.recoveryWarningTitle')}
        description={t('setup.recoveryWarning')}
      />
      <Typography.Paragraph className="recovery-code" copyable={{ text: code }}>
        <code data-testid="recovery-code" aria-label={t('setup.recoveryCodeLabel')}>
          {code}
        </code>
      </Typography.Paragraph>
      <Checkbox
        data-testid="recovery-ack"
        checked={acknowledged}
        onChange={(event) => setAcknowledged(event.target.checked)}
      >
        {t('setup.recoveryAck')}
      </Checkbox>
      <Button type="primary" disabled={!acknowledged} onClick={onContinue} data-testid="recovery-continue">
        {t('setup.recoveryContinue')}
      </Button>
    </Flex>
  );
}
