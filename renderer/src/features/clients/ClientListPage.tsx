import { useState } from 'react';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Input, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CLIENT_STATUSES, type ClientStatus } from '../../../../shared/features/clients/schema';
import { useErrorText } from '../../app/useErrorText';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { ClientRowKeys } from './ClientRowKeys';
import { ClientTable } from './ClientTable';
import { ExportCsvButton } from './ExportCsvButton';
import { ImportCsvButton } from './ImportCsvButton';
import { clientPaths } from './paths';
import { useClientPages, type ClientFilter } from './useClientPages';
import { PageTitle } from '../../app/PageTitle';

type Sort = NonNullable<ClientFilter['sort']>;
const SORTS: Sort[] = ['updatedAt', 'name', 'totalAssetsTwd'];
const SEARCH_DEBOUNCE_MS = 200;

/** 客戶: search, filters, the virtual list, and import/export. */
export function ClientListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ClientStatus | undefined>();
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<Sort>('updatedAt');
  const debouncedText = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const debouncedTag = useDebouncedValue(tag.trim(), SEARCH_DEBOUNCE_MS);
  // An import invalidates the clients.* queries, which reloads the pages in view.
  const pages = useClientPages({
    text: debouncedText || undefined,
    status,
    tag: debouncedTag || undefined,
    sort,
  });

  return (
    <Flex vertical gap="middle" className="client-list-page">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle>{t('nav.clients')}</PageTitle>
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="new-client-button"
            onClick={() => void navigate(clientPaths.create)}
          >
            {t('clients.new')}
          </Button>
          <ImportCsvButton />
          <ExportCsvButton />
        </Space>
      </Flex>
      <Flex wrap gap="small" role="search">
        <Input
          type="search"
          prefix={<SearchOutlined aria-hidden />}
          className="client-search"
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('clients.searchPlaceholder')}
          aria-label={t('clients.searchLabel')}
          data-testid="client-search"
          maxLength={50}
        />
        <Select<ClientStatus>
          allowClear
          className="filter-select"
          value={status}
          onChange={(value) => setStatus(value)}
          placeholder={t('client.status')}
          aria-label={t('client.status')}
          data-testid="client-status-filter"
          options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Input
          allowClear
          className="filter-input"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          placeholder={t('client.tags')}
          aria-label={t('client.tags')}
          data-testid="client-tag-filter"
          maxLength={20}
        />
        <Select<Sort>
          className="sort-select"
          value={sort}
          onChange={setSort}
          aria-label={t('clients.sort')}
          data-testid="client-sort"
          options={SORTS.map((s) => ({ value: s, label: t(`clients.sort.${s}`) }))}
        />
      </Flex>
      {pages.error ? <Alert type="error" showIcon title={errorText(pages.error)} /> : null}
      <Typography.Text type="secondary" data-testid="client-total" aria-live="polite">
        {pages.total === null ? t('common.loading') : t('clients.total', { count: pages.total })}
      </Typography.Text>
      {pages.total === null ? (
        pages.error ? null : (
          <Spin />
        )
      ) : pages.total === 0 ? (
        <Empty
          description={debouncedText || status || debouncedTag ? t('clients.noMatch') : t('clients.none')}
        />
      ) : (
        <ClientRowKeys>
          <ClientTable pages={pages} total={pages.total} />
        </ClientRowKeys>
      )}
    </Flex>
  );
}
