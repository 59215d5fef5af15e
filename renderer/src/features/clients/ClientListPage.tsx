import { useRef } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Space, Spin, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../../app/useErrorText';
import { ClientRowKeys } from './ClientRowKeys';
import { ClientTable } from './ClientTable';
import { ExportCsvButton } from './ExportCsvButton';
import { ImportCsvButton } from './ImportCsvButton';
import { ListFilters } from './ListFilters';
import { isFiltered, sortAfterClick } from './listParams';
import { clientPaths } from './paths';
import { SelectionBar } from './SelectionBar';
import { useClientPages } from './useClientPages';
import { useListShortcuts } from './useListKeyboard';
import { useListView } from './useListView';
import { useSelection } from './useSelection';
import { PageTitle } from '../../app/PageTitle';

/** 客戶: search, filters, the virtual list with its selection and bulk actions, import/export. */
export function ClientListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const list = useListView();
  const { view } = list;
  // An import or a bulk change invalidates the clients.* queries, which reloads the pages in view.
  const pages = useClientPages(list.query);
  const selection = useSelection(JSON.stringify(list.filter));
  const searchRef = useRef<InputRef>(null);
  useListShortcuts({ searchRef, onEscape: selection.clear });

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
      <ListFilters
        view={view}
        text={list.text}
        onText={list.setText}
        onChange={list.update}
        onClear={list.clear}
        searchRef={searchRef}
      />
      {pages.error ? <Alert type="error" showIcon title={errorText(pages.error)} /> : null}
      <Flex justify="space-between" wrap gap="small">
        <Typography.Text type="secondary" data-testid="client-total" aria-live="polite">
          {pages.total === null ? t('common.loading') : t('clients.total', { count: pages.total })}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="client-list-keys-hint">
          {t('clients.keysHint')}
        </Typography.Text>
      </Flex>
      <SelectionBar selection={selection} total={pages.total ?? 0} filter={list.filter} />
      <ClientRowKeys>
        <ClientTable
          pages={pages}
          total={pages.total ?? 0}
          sort={view.sort}
          direction={view.direction}
          onSort={(key) => list.update(sortAfterClick(view, key))}
          selection={selection}
          instead={
            pages.total === null ? (
              pages.error ? null : (
                <Spin className="client-table-wait" />
              )
            ) : (
              <Empty
                description={
                  isFiltered({ ...view, text: list.text }) ? t('clients.noMatch') : t('clients.none')
                }
              />
            )
          }
        />
      </ClientRowKeys>
    </Flex>
  );
}
