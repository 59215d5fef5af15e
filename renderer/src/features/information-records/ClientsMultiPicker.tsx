import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/**
 * Several clients picked by searching the book: the chosen ones keep their labels while the
 * search moves on. `known` labels clients chosen before the dialog opened (the dossier's own).
 */
export function ClientsMultiPicker({
  value,
  onChange,
  known,
  id,
  'aria-label': ariaLabel,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  known: Readonly<Record<string, string>>;
  id?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({ ...known });
  const text = useDebouncedValue(search.trim(), 200);
  const found = useChannelQuery('clients.list', { text, limit: 20 }, { enabled: text !== '' });
  const options = (found.data?.items ?? [])
    .filter((c) => !c.deleted)
    .map((c) => ({ value: c.id, label: `${c.name} · ${c.nationalIdMasked}` }));
  const chosen = (value ?? [])
    .filter((clientId) => !options.some((o) => o.value === clientId))
    .map((clientId) => ({ value: clientId, label: labels[clientId] ?? clientId }));
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      aria-label={ariaLabel}
      value={value ?? []}
      data-testid="info-given-clients"
      onChange={(next) => {
        setLabels((before) => ({
          ...before,
          ...Object.fromEntries(options.filter((o) => next.includes(o.value)).map((o) => [o.value, o.label])),
        }));
        onChange?.(next);
      }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={text === '' ? t('infoGiven.typeToSearch') : t('infoGiven.noMatch')}
      options={[...chosen, ...options]}
    />
  );
}
