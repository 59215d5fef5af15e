import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/features/audit';
import { auditActionWords } from '../../../../shared/ipc/contract';
import { AUDIT_PAGE_SIZE as PAGE_SIZE } from '../../../../shared/kernel/limits';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { PageTitle } from '../../app/PageTitle';

/** 合規: the audit trail (who created, changed, revealed, printed or exported what), newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const formats = useFormats();
  const [page, setPage] = useState(1);
  // The previous page stays on screen while the next one loads.
  const { data, error, isFetching } = useChannelQuery(
    'audit.list',
    { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );

  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('nav.compliance')}</PageTitle>
      <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      <Table<AuditEntry>
        data-testid="audit-table"
        size="small"
        rowKey="id"
        loading={isFetching && !error}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 200,
            render: (at: string) => formats.timestamp(at, 'compact', true),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 220,
            // Known actions read as words; an action from a newer version shows as its code.
            render: (action: string) => auditActionWords(action, language),
          },
          { title: t('audit.entity'), dataIndex: 'entity', width: 120 },
          { title: t('audit.entityId'), dataIndex: 'entityId', ellipsis: true },
          { title: t('audit.detail'), dataIndex: 'detail', ellipsis: true },
        ]}
      />
    </Flex>
  );
}
