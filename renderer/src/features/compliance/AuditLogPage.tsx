import { useEffect, useState } from 'react';
import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUDIT_PAGE_SIZE as PAGE_SIZE } from '../../../../shared/kernel/limits';
import type { AuditEntry } from '../../../../shared/features/audit';
import { auditActionWords } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { useFormats } from '../../app/useFormats';
import { useErrorText } from '../../app/useErrorText';

/** 合規: the audit trail (who created, changed, revealed, printed or exported what), newest first. */
export function AuditLogPage() {
  const api = useApi();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const formats = useFormats();
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
      <Typography.Title level={3} className="page-title">
        {t('nav.compliance')}
      </Typography.Title>
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
