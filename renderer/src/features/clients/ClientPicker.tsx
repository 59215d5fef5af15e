import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../../lib/queries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

interface Option {
  value: string;
  label: string;
}

/** Picks another client by searching the list (name, ID or phone fragment). */
export function ClientPicker({
  value,
  onChange,
  excludeId,
  knownNames,
  id,
  placeholder,
  onClear,
  'aria-label': ariaLabel,
}: {
  value?: string | undefined;
  onChange?: (value: string) => void;
  /** Offers a clear button, which calls this. */
  onClear?: () => void;
  excludeId?: string;
  knownNames: Record<string, string>;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim(), 200);
  const found = useChannelQuery('clients.list', { text, limit: 20 }, { enabled: text !== '' });
  const options: Option[] = (found.data?.items ?? [])
    .filter((c) => c.id !== excludeId)
    // A prospect may have no national ID yet: the name alone then.
    .map((c) => ({ value: c.id, label: c.nationalIdMasked ? `${c.name} · ${c.nationalIdMasked}` : c.name }));

  const known = value && knownNames[value] && !options.some((o) => o.value === value);
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => (next === undefined ? onClear?.() : onChange?.(next))}
      allowClear={onClear !== undefined}
      placeholder={placeholder ?? t('form.householdSearch')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={text === '' ? t('form.householdTypeToSearch') : t('clients.noMatch')}
      options={known ? [{ value, label: knownNames[value] ?? value }, ...options] : options}
      className="household-picker"
    />
  );
}
