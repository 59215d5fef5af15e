import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
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
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (value: string) => void;
  excludeId?: string;
  knownNames: Record<string, string>;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const text = useDebouncedValue(search.trim(), 200);

  useEffect(() => {
    if (text === '') return;
    let current = true;
    void api.invoke('clients.list', { text, limit: 20 }).then((result) => {
      if (!current || !result.ok) return;
      setOptions(
        result.value.items
          .filter((c) => c.id !== excludeId)
          .map((c) => ({ value: c.id, label: `${c.name} · ${c.nationalIdMasked}` })),
      );
    });
    return () => {
      current = false;
    };
  }, [api, text, excludeId]);

  const known = value && knownNames[value] && !options.some((o) => o.value === value);
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={placeholder ?? t('form.householdSearch')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={text === '' ? t('form.householdTypeToSearch') : t('clients.noMatch')}
      options={known ? [{ value, label: knownNames[value] ?? value }, ...options] : options}
      className="household-picker"
    />
  );
}
