import type { Ref } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Switch, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUSES, type ClientStatus } from '../../../../shared/features/clients/schema';
import { clientListFilters } from '../../app/feature-slots';
import { useChannelQuery } from '../../lib/queries';
import { isFiltered, type ListView } from './listParams';

/** antd's Select cannot hold '' as a value: this stands for 未指派 (advisor ''). */
const UNASSIGNED = '\u0000unassigned';

/**
 * The list's search box and filters: status, tags (every one), advisor, 顯示封存, then each other
 * feature's facet (the `clientListFilters` slot), and 清除篩選.
 */
export function ListFilters({
  view,
  text,
  onText,
  onChange,
  onClear,
  searchRef,
}: {
  view: ListView;
  text: string;
  onText: (text: string) => void;
  onChange: (patch: Partial<ListView>) => void;
  onClear: () => void;
  searchRef: Ref<InputRef>;
}) {
  const { t } = useTranslation();
  const options = useChannelQuery('clients.listOptions', {});
  const counted = (label: string, count: number) => t('clients.optionCount', { label, count });
  const advisorValue = view.advisor === '' ? UNASSIGNED : view.advisor;

  return (
    <Flex wrap gap="small" role="search" align="center">
      <Input
        ref={searchRef}
        type="search"
        prefix={<SearchOutlined aria-hidden />}
        className="client-search"
        allowClear
        value={text}
        onChange={(event) => onText(event.target.value)}
        placeholder={t('clients.searchPlaceholder')}
        aria-label={t('clients.searchLabel')}
        data-testid="client-search"
        maxLength={50}
      />
      <Select<ClientStatus>
        allowClear
        className="filter-select"
        value={view.status}
        onChange={(status) => onChange({ status })}
        placeholder={t('client.status')}
        aria-label={t('client.status')}
        data-testid="client-status-filter"
        options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        className="filter-tags"
        maxTagCount="responsive"
        value={view.tags}
        onChange={(tags) => onChange({ tags })}
        placeholder={t('client.tags')}
        aria-label={t('client.tags')}
        data-testid="client-tag-filter"
        options={(options.data?.tags ?? []).map((o) => ({ value: o.tag, label: counted(o.tag, o.count) }))}
      />
      <Select<string>
        allowClear
        showSearch
        className="filter-advisor"
        value={advisorValue}
        onChange={(value) => onChange({ advisor: value === UNASSIGNED ? '' : value })}
        placeholder={t('client.advisor')}
        aria-label={t('client.advisor')}
        data-testid="client-advisor-filter"
        options={advisorOptions(options.data?.advisors ?? [], t('clients.unassigned'), counted)}
      />
      {clientListFilters().map(({ facet, Filter }) => (
        <Filter
          key={facet}
          value={view.facets[facet]}
          onChange={(value) => {
            const facets = { ...view.facets };
            if (value === undefined) delete facets[facet];
            else facets[facet] = value;
            onChange({ facets });
          }}
        />
      ))}
      <Flex align="center" gap={6}>
        <Switch
          id="client-archived-filter"
          checked={view.archived}
          onChange={(archived) => onChange({ archived })}
          data-testid="client-archived-filter"
        />
        <label htmlFor="client-archived-filter">{t('clients.showArchived')}</label>
      </Flex>
      <Button onClick={onClear} disabled={!isFiltered({ ...view, text })} data-testid="client-filters-clear">
        {t('clients.clearFilters')}
      </Button>
    </Flex>
  );
}

/** 未指派 first (with its count when the core gives one), then the advisors on file. */
function advisorOptions(
  advisors: readonly { advisor: string; count: number }[],
  unassigned: string,
  counted: (label: string, count: number) => string,
) {
  const none = advisors.find((a) => a.advisor === '');
  return [
    { value: UNASSIGNED, label: none ? counted(unassigned, none.count) : unassigned },
    ...advisors
      .filter((a) => a.advisor !== '')
      .map((a) => ({ value: a.advisor, label: counted(a.advisor, a.count) })),
  ];
}
