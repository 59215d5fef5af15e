import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTION_WORDS } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { ClientPicker } from '../clients';
import type { AuditFilterState } from './auditFilter';

const DAY = 'YYYY-MM-DD';

/** Filters above the trail: Taipei calendar days, one action (in words), one client; and clear. */
export function AuditFilterBar({
  value,
  onChange,
}: {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const actions = Object.entries(AUDIT_ACTION_WORDS)
    .map(([action, words]) => ({ value: action, label: words[language] }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const empty = !value.days && !value.action && !value.clientId;

  return (
    <Flex wrap gap="small" align="center" data-testid="audit-filters">
      <DatePicker.RangePicker
        aria-label={t('audit.filterDays')}
        format={formats.picker}
        value={value.days ? [dayjs(value.days[0]), dayjs(value.days[1])] : null}
        onChange={(days) => {
          const [first, last] = days ?? [];
          onChange({ ...value, days: first && last ? [first.format(DAY), last.format(DAY)] : undefined });
        }}
        data-testid="audit-filter-days"
      />
      <Select<string>
        aria-label={t('audit.filterAction')}
        placeholder={t('audit.filterAction')}
        value={value.action}
        onChange={(action) => onChange({ ...value, action })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={actions}
        className="audit-filter-action"
        data-testid="audit-filter-action"
      />
      <div data-testid="audit-filter-client">
        <ClientPicker
          aria-label={t('audit.filterClient')}
          value={value.clientId}
          onChange={(clientId) => onChange({ ...value, clientId })}
          placeholder={t('audit.filterClient')}
          knownNames={{}}
        />
      </div>
      <Button onClick={() => onChange({})} disabled={empty} data-testid="audit-filter-clear">
        {t('audit.clearFilters')}
      </Button>
    </Flex>
  );
}
