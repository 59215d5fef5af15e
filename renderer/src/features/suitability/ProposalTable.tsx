import { productName } from '../../../../shared/features/products';
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../lib/AmountInput';
import { useLanguage } from '../../app/language';
import type { DraftItem, SizeBasis } from './proposal';

/** The proposed products with their weight or amount, 推介理由 (65+) and the client's own request. */
export function ProposalTable({
  drafts,
  basis,
  elderly,
  onChange,
}: {
  drafts: readonly DraftItem[];
  basis: SizeBasis;
  elderly: boolean;
  onChange: (drafts: DraftItem[]) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const update = (index: number, patch: Partial<DraftItem>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));

  const columns: TableColumnsType<DraftItem> = [
    {
      title: t('suitability.column.product'),
      key: 'product',
      render: (_, { product }) => `${product.code} ${productName(product, language)}`,
    },
    {
      title: t('suitability.column.risk'),
      key: 'risk',
      width: 90,
      render: (_, d) => `RR${d.product.riskRating}`,
    },
    {
      title: t('suitability.column.size'),
      key: 'size',
      width: 170,
      render: (_, draft, index) => (
        <AmountInput
          value={draft.size}
          onChange={(size) => update(index, { size })}
          prefix={basis === 'amount' ? 'NT$' : undefined}
          aria-label={t(basis === 'weight' ? 'suitability.weightLabel' : 'suitability.amountLabel', {
            code: draft.product.code,
          })}
          data-testid={`suitability-size-${draft.product.code}`}
        />
      ),
    },
    ...(elderly
      ? [
          {
            title: t('suitability.column.rationale'),
            key: 'rationale',
            render: (_: unknown, draft: DraftItem, index: number) => (
              <Input.TextArea
                value={draft.rationale}
                onChange={(event) => update(index, { rationale: event.target.value })}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={2000}
                placeholder={t('suitability.rationalePlaceholder')}
                aria-label={t('suitability.rationaleLabel', { code: draft.product.code })}
                data-testid={`suitability-rationale-${draft.product.code}`}
              />
            ),
          },
        ]
      : []),
    {
      title: t('suitability.column.clientInitiated'),
      key: 'clientInitiated',
      width: 120,
      render: (_, draft, index) => (
        <Checkbox
          checked={draft.clientInitiated}
          onChange={(event) => update(index, { clientInitiated: event.target.checked })}
          aria-label={t('suitability.clientInitiatedLabel', { code: draft.product.code })}
          data-testid={`suitability-client-initiated-${draft.product.code}`}
        />
      ),
    },
    {
      title: t('suitability.remove'),
      key: 'remove',
      width: 80,
      render: (_, draft, index) => (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('suitability.removeLabel', { code: draft.product.code })}
          data-testid={`suitability-remove-${draft.product.code}`}
          onClick={() => onChange(drafts.filter((_, i) => i !== index))}
        />
      ),
    },
  ];

  return (
    <Table<DraftItem>
      data-testid="suitability-items"
      size="small"
      rowKey={(draft) => draft.product.id}
      pagination={false}
      dataSource={[...drafts]}
      columns={columns}
      locale={{ emptyText: <Typography.Text type="secondary">{t('suitability.noItems')}</Typography.Text> }}
    />
  );
}
