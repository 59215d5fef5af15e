import { Alert, Flex, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueRow } from '../../../../shared/features/kyc';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';
import { KycStateTag } from './StateTag';
import { useKycWords } from './useKycWords';

const LISTS = ['expiring', 'expired', 'flagged'] as const;

/** 合規 › KYC: profiles expiring within the notice days, expired, and flagged for review; a row opens the client. */
export function KycDueTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { expiryNoticeDays } = useSettings().settings.kyc;
  const due = useChannelQuery('kyc.duePending', {});
  if (due.error) return <Alert type="error" showIcon title={errorText(due.error)} />;
  if (!due.data) return <Spin />;
  return (
    <Flex vertical gap="large">
      {LISTS.map((list) => (
        <section key={list} aria-labelledby={`kyc-due-${list}`}>
          <Typography.Title level={2} id={`kyc-due-${list}`} style={{ fontSize: 18 }}>
            {t(`kyc.due.${list}`, { days: expiryNoticeDays })}（{due.data[list].length}）
          </Typography.Title>
          <DueTable rows={due.data[list]} testId={`kyc-due-${list}-table`} />
        </section>
      ))}
    </Flex>
  );
}

function DueTable({ rows, testId }: { rows: DueRow[]; testId: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { grade, words } = useKycWords();
  return (
    <Table<DueRow>
      size="small"
      rowKey="clientId"
      data-testid={testId}
      dataSource={rows}
      // antd's grey placeholder text falls short of 4.5:1; body text does not.
      locale={{ emptyText: <Typography.Text>{t('kyc.due.empty')}</Typography.Text> }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        {
          title: t('kyc.due.client'),
          key: 'client',
          render: (_, row) => (
            <Link to={clientPaths.dossier(row.clientId)} data-testid="kyc-due-client">
              {row.clientName}
            </Link>
          ),
        },
        { title: t('kyc.grade'), key: 'grade', render: (_, row) => grade(row.grade) },
        { title: t('kyc.validUntil'), key: 'validUntil', render: (_, row) => formats.date(row.validUntil) },
        { title: t('kyc.state'), key: 'state', render: (_, row) => <KycStateTag state={row.state} /> },
        {
          title: t('kyc.due.flags'),
          key: 'flags',
          render: (_, row) => row.flags.map(words).join('；') || '—',
        },
      ]}
    />
  );
}
