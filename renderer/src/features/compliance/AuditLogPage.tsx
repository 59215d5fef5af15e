import { useState } from 'react';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { AuditExportButton } from './AuditExportButton';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { toAuditFilter, type AuditFilterState } from './auditFilter';
import { useAuditPage } from './useAuditLog';

const PAGE_SIZE = 50;

/** 合規: the audit trail (who created, changed, revealed, printed or exported what), newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filterState, setFilterState] = useState<AuditFilterState>({});
  const [page, setPage] = useState(1);
  const filter = toAuditFilter(filterState);
  const { data, error, loading } = useAuditPage(filter, page, PAGE_SIZE);

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} className="page-title">
          {t('nav.compliance')}
        </Typography.Title>
        <AuditExportButton filter={filter} />
      </Flex>
      <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      <AuditFilterBar
        value={filterState}
        onChange={(next) => {
          setFilterState(next);
          setPage(1);
        }}
      />
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      <AuditTable
        items={data?.items ?? []}
        total={data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        loading={loading}
        onPage={setPage}
      />
    </Flex>
  );
}
