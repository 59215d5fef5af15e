import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import {
  APPLICATION_STATUS_WORDS,
  applicationStatus,
  BASIS_WORDS,
  INVESTOR_CLASS_WORDS,
  isProfessional,
  PROFESSIONAL_INVESTOR_WARNING,
  type ClassApplication,
} from '../../../../shared/features/investor-classes';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { ApplyDialog } from './ApplyDialog';
import { PendingApplication } from './PendingApplication';
import { RevertDialog } from './RevertDialog';

/** A dark amber with white text: 7:1 contrast, where antd's gold tag falls short of 4.5:1. */
const CLASS_COLOR = '#874d00';

/**
 * 投資人分類 on the dossier: the class in effect today and since when, the warning a professional
 * investor must see, applications under review with their checklist, and the whole history.
 */
export function InvestorClassPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'apply' | 'revert' | null>(null);
  const current = useChannelQuery('classes.current', { clientId: client.id });
  const list = useChannelQuery('classes.list', { clientId: client.id });
  const error = current.error ?? list.error;
  const applications = list.data?.applications ?? [];
  const inEffect = current.data?.application ?? null;
  const investorClass = current.data?.investorClass ?? 'general';

  return (
    <Card
      title={t('classes.title')}
      className="class-panel"
      data-testid="class-panel"
      extra={
        <Button onClick={() => setDialog('apply')} data-testid="class-apply-button">
          {t('classes.apply')}
        </Button>
      }
    >
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {!current.data || !list.data ? (
        error ? null : (
          <Spin />
        )
      ) : (
        <Flex vertical gap="middle">
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('classes.current')}>
              <Tag color={investorClass === 'general' ? 'default' : CLASS_COLOR} data-testid="class-current">
                {INVESTOR_CLASS_WORDS[investorClass][language]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('classes.effectiveOn')}>
              <span data-testid="class-effective-on">
                {inEffect?.activation ? formats.date(inEffect.activation.effectiveOn) : '—'}
              </span>
            </Descriptions.Item>
          </Descriptions>
          {isProfessional(investorClass) ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              className="class-warning"
              data-testid="class-professional-warning"
              title={t('classes.warningTitle')}
              description={PROFESSIONAL_INVESTOR_WARNING[language]}
            />
          ) : null}
          {inEffect ? (
            <Flex justify="flex-end">
              <Button danger onClick={() => setDialog('revert')} data-testid="class-revert-button">
                {t('classes.revert')}
              </Button>
            </Flex>
          ) : null}
          {applications
            .filter((a) => applicationStatus(a) === 'pending')
            .map((a) => (
              <PendingApplication key={a.id} application={a} />
            ))}
          {applications.length > 0 ? (
            <HistoryTable applications={applications} />
          ) : (
            <Typography.Text data-testid="class-no-history">{t('classes.noHistory')}</Typography.Text>
          )}
        </Flex>
      )}
      <ApplyDialog clientId={client.id} open={dialog === 'apply'} onClose={() => setDialog(null)} />
      {inEffect ? (
        <RevertDialog application={inEffect} open={dialog === 'revert'} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}

function HistoryTable({ applications }: { applications: readonly ClassApplication[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const day = (iso: string | undefined) => (iso ? formats.date(iso) : '—');
  return (
    <Table<ClassApplication>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...applications]}
      aria-label={t('classes.history')}
      title={() => t('classes.history')}
      data-testid="class-history"
      columns={[
        { title: t('classes.class'), render: (_, a) => INVESTOR_CLASS_WORDS[a.investorClass][language] },
        { title: t('classes.basis'), render: (_, a) => BASIS_WORDS[a.basis][language] },
        { title: t('classes.appliedOn'), render: (_, a) => day(a.appliedOn) },
        {
          title: t('classes.status'),
          render: (_, a) => APPLICATION_STATUS_WORDS[applicationStatus(a)][language],
        },
        { title: t('classes.effectiveOn'), render: (_, a) => day(a.activation?.effectiveOn) },
        { title: t('classes.revertedOn'), render: (_, a) => day(a.reversion?.revertedOn) },
      ]}
    />
  );
}
