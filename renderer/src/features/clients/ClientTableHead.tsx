import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientSort, SortDirection } from '../../../../shared/features/clients/schema';

const COLUMNS: { labelKey: string; sort?: ClientSort; num?: boolean }[] = [
  { labelKey: 'client.name', sort: 'name' },
  { labelKey: 'client.nationalId' },
  { labelKey: 'client.phone' },
  { labelKey: 'client.status', sort: 'status' },
  { labelKey: 'clients.totalAssets', sort: 'totalAssetsTwd', num: true },
  { labelKey: 'client.advisor', sort: 'advisor' },
  { labelKey: 'client.updatedAt', sort: 'updatedAt' },
];

/**
 * The list's header row: the checkbox that ticks the rows loaded, and a button in each sortable
 * column that sorts by it (a second press reverses); aria-sort tells which one sorts the list.
 */
export function ClientTableHead({
  sort,
  direction,
  onSort,
  checked,
  onCheck,
}: {
  sort: ClientSort;
  direction: SortDirection;
  onSort: (key: ClientSort) => void;
  checked: 'all' | 'some' | 'none';
  onCheck: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="client-table-row client-table-head" role="row" aria-rowindex={1}>
      <span role="columnheader" className="client-check">
        <Checkbox
          checked={checked === 'all'}
          indeterminate={checked === 'some'}
          onChange={(event) => onCheck(event.target.checked)}
          aria-label={t('clients.selectLoaded')}
          data-testid="client-select-loaded"
        />
      </span>
      {COLUMNS.map(({ labelKey, sort: key, num }) => {
        if (!key) {
          return (
            <span key={labelKey} role="columnheader">
              {t(labelKey)}
            </span>
          );
        }
        const active = key === sort;
        const Arrow = direction === 'asc' ? CaretUpOutlined : CaretDownOutlined;
        return (
          <span
            key={labelKey}
            role="columnheader"
            className={num ? 'num' : undefined}
            aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button
              type="button"
              className="sort-header"
              onClick={() => onSort(key)}
              data-testid={`sort-${key}`}
            >
              {t(labelKey)}
              {active ? <Arrow aria-hidden className="sort-arrow" /> : null}
            </button>
          </span>
        );
      })}
    </div>
  );
}
