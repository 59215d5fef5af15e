import { useEffect, useState } from 'react';
import { Alert, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/kernel/format';
import type { AuditEntry } from '../../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { PageTitle } from '../../app/PageTitle';

const PAGE_SIZE = 50;

/** 合規: the audit trail (who created, changed, revealed, printed or exported what), newest first. */
export function AuditLogPage() {
  const api = useApi();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { dateFormat } = useSettings().settings;
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ total: number; items: AuditEntry[] } | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    let current = true;
    void api.invoke('audit.list', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
      if (!current) return;
      if (result.ok) setData(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, page]);

  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('nav.compliance')}</PageTitle>
      <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      <Table<AuditEntry>
        data-testid="audit-table"
        size="small"
        rowKey="id"
        loading={data === null && error === null}
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
            render: (at: string) => `${formatDate(at, dateFormat)} ${dayjs(at).format('HH:mm:ss')}`,
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 220,
            // Known actions read as words; an action from a newer version shows as its code.
            render: (action: string) => t(`auditAction.${action}`, { defaultValue: action }),
          },
          { title: t('audit.entity'), dataIndex: 'entity', width: 120 },
          { title: t('audit.entityId'), dataIndex: 'entityId', ellipsis: true },
          { title: t('audit.detail'), dataIndex: 'detail', ellipsis: true },
        ]}
      />
    </Flex>
  );
}
