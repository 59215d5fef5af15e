import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditChainCheck } from '../../../../shared/features/audit';
import { auditActionWords } from '../../../../shared/ipc/contract';
import { fileNameDate } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { saveBlob } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';

/**
 * The audit trail's hash chain: 檢查稽核鏈 recomputes it and names the first broken entry;
 * 匯出稽核鏈頭 saves the head (count, last entry, hash, time) for the compliance office, audited.
 */
export function AuditChainPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { dateFormat, timeZone } = useSettings().settings;
  const formats = useFormats();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const verify = useChannelMutation('audit.verifyChain', {
    invalidates: [],
    onError: (error) => void message.error(errorText(error)),
  });
  const exportHead = useChannelMutation('audit.exportHead', {
    invalidates: ['audit'],
    onSuccess: (head) => {
      const name = `${t('audit.headFileName')}_${fileNameDate(new Date(), dateFormat, timeZone)}.json`;
      saveBlob(new Blob([`${JSON.stringify(head, null, 2)}\n`], { type: 'application/json' }), name);
      void message.success(t('audit.headExported', { count: head.count }));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  const outcome = (check: AuditChainCheck) =>
    check.ok ? (
      <Alert
        type="success"
        showIcon
        title={t('audit.chainOk', { count: check.count })}
        data-testid="audit-chain-ok"
      />
    ) : (
      <Alert
        type="error"
        showIcon
        data-testid="audit-chain-broken"
        title={t('audit.chainBroken', {
          id: check.firstBroken.id,
          at: formats.timestamp(check.firstBroken.at, 'compact', true),
          action: auditActionWords(check.firstBroken.action, language),
        })}
      />
    );

  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate({})}
          data-testid="audit-chain-verify"
        >
          {t('audit.verifyChain')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exportHead.isPending}
          onClick={() => exportHead.mutate({})}
          data-testid="audit-head-export"
        >
          {t('audit.exportHead')}
        </Button>
      </Flex>
      {verify.data ? outcome(verify.data) : null}
    </Flex>
  );
}
