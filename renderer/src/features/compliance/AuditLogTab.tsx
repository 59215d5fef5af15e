import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUDIT_PAGE_SIZE as PAGE_SIZE } from '../../../../shared/kernel/limits';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { AuditChainPanel } from './AuditChainPanel';
import { AuditExportButton } from './AuditExportButton';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { toAuditFilter, type AuditFilterState } from './auditFilter';

/** 合規's first tab: the audit trail (who created, changed, revealed, printed or exported what), newest first. */
export function AuditLogTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { timeZone } = useSettings().settings;
  const [filterState, setFilterState] = useState<AuditFilterState>({});
  const [page, setPage] = useState(1);
  const filter = toAuditFilter(filterState, timeZone);
  // The previous page stays on screen while the next one loads.
  const { data, error, isFetching } = useChannelQuery(
    'audit.list',
    { filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle">
        <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
        <AuditExportButton filter={filter} />
      </Flex>
      <AuditChainPanel />
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
        loading={isFetching && !error}
        onPage={setPage}
      />
    </Flex>
  );
}
