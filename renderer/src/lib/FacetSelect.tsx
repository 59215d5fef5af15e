import { Select } from 'antd';

/** What a client-list filter from another feature gets from the list (the `clientListFilters` slot). */
export interface FacetFilterProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** One client-list facet as a clearable select: its label is its placeholder and accessible name. */
export function FacetSelect({
  label,
  options,
  value,
  onChange,
  className = 'filter-select',
  testId,
}: FacetFilterProps & {
  label: string;
  options: { value: string; label: string }[];
  className?: string;
  testId: string;
}) {
  return (
    <Select<string>
      allowClear
      className={className}
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options}
      data-testid={testId}
    />
  );
}
