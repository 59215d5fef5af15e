import { Button, Card, Checkbox, Flex, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { DeleteOutlined } from '@ant-design/icons';
import type { Finding } from '../../../../../shared/features/suitability';
import type { AnalysedProposal } from '../../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS } from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';
import { FindingsList } from '../FindingsList';
import { ProductFees } from './ProductFees';
import { ShelfProductSelect } from './ShelfProductSelect';
import type { Candidate } from './useShelfCandidates';
import {
  addProduct,
  groupByClass,
  rationaleRequired,
  swapProduct,
  weightSumPercent,
  type EditedItem,
} from './model';

const percent = (value: number) => `${Number(value.toFixed(2))}%`;

/**
 * The proposed products by asset class: each with its product (swap from the shelf), weight in %,
 * fees, the live suitability findings and the 推介理由 (marked required for 65+ and overrides).
 */
export function ItemsCard({
  items,
  onChange,
  candidates,
  analysed,
  elderly,
  findingAction,
}: {
  items: EditedItem[];
  onChange: (items: EditedItem[]) => void;
  candidates: readonly Candidate[];
  analysed: AnalysedProposal | null;
  elderly: boolean;
  /** What may be done beside a finding (ask for an override, its state). */
  findingAction: (finding: Finding) => ReactNode;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const findings = analysed?.suitability.findings ?? [];
  const update = (index: number, patch: Partial<EditedItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const productOf = (id: string) => candidates.find((c) => c.product.id === id)?.product;
  const sum = weightSumPercent(items);
  const sumOk = Math.abs(sum - 100) < 1e-4;

  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('proposals.items')}</h2>}
      extra={
        <span
          className={`status-badge ${sumOk ? 'tone-ok' : 'tone-danger'}`}
          data-testid="proposal-weight-sum"
          aria-live="polite"
        >
          {t('proposals.weightSum', { sum: percent(sum) })}
        </span>
      }
    >
      <Flex vertical gap="middle">
        {groupByClass(items).map((group) => {
          const target = analysed?.targetWeights[group.assetClass];
          return (
            <section
              key={group.assetClass}
              className="proposal-class"
              data-testid={`class-${group.assetClass}`}
            >
              <Flex justify="space-between" align="baseline" wrap>
                <h3 className="proposal-class-title">{ASSET_CLASS_WORDS[group.assetClass][language]}</h3>
                <Typography.Text type="secondary">
                  {t('proposals.classWeight', { weight: percent(group.weightPercent) })}
                  {target !== undefined
                    ? ` · ${t('proposals.classTarget', { weight: percent(target * 100) })}`
                    : ''}
                </Typography.Text>
              </Flex>
              {group.rows.map(({ item, index }) => {
                const product = productOf(item.productId);
                const code = product?.code ?? item.productId;
                const required = rationaleRequired(elderly, findings, item.productId);
                const missing = required && (item.rationale ?? '').trim() === '';
                return (
                  <div key={item.productId} className="proposal-item" data-testid={`item-${code}`}>
                    <Flex gap="small" align="center" wrap>
                      <ShelfProductSelect
                        candidates={candidates}
                        value={item.productId}
                        excludeIds={items.map((i) => i.productId)}
                        assetClass={item.assetClass}
                        onPick={(c) => onChange(swapProduct(items, index, c.product))}
                        ariaLabel={t('proposals.productOf', { code })}
                        testId={`item-product-${code}`}
                      />
                      <InputNumber<number>
                        className="proposal-weight"
                        min={0}
                        max={100}
                        step={1}
                        precision={2}
                        value={item.weightPercent}
                        onChange={(value) => update(index, { weightPercent: value })}
                        suffix="%"
                        aria-label={t('proposals.weightOf', { code })}
                        data-testid={`item-weight-${code}`}
                      />
                      <Checkbox
                        checked={item.clientRequested}
                        onChange={(event) => update(index, { clientRequested: event.target.checked })}
                        data-testid={`item-requested-${code}`}
                      >
                        {t('proposals.clientRequested')}
                      </Checkbox>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('proposals.removeOf', { code })}
                        data-testid={`item-remove-${code}`}
                        onClick={() => onChange(items.filter((_, i) => i !== index))}
                      />
                    </Flex>
                    <ProductFees productId={item.productId} />
                    <FindingsList
                      findings={findings.filter((f) => f.productId === item.productId)}
                      testId={`item-findings-${code}`}
                      action={findingAction}
                    />
                    <label className="proposal-rationale">
                      <span>
                        {t('proposals.rationale')}
                        {required ? <span className="required-mark"> {t('proposals.required')}</span> : null}
                      </span>
                      <Input.TextArea
                        value={item.rationale ?? ''}
                        onChange={(event) =>
                          update(index, { rationale: event.target.value === '' ? null : event.target.value })
                        }
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={1000}
                        status={missing ? 'error' : undefined}
                        aria-required={required}
                        data-testid={`item-rationale-${code}`}
                      />
                    </label>
                  </div>
                );
              })}
            </section>
          );
        })}
        <Flex gap="small" align="center" wrap>
          <ShelfProductSelect
            candidates={candidates}
            excludeIds={items.map((i) => i.productId)}
            onPick={(c) => onChange(addProduct(items, c.product))}
            ariaLabel={t('proposals.addProduct')}
            placeholder={t('proposals.addProduct')}
            testId="proposal-add-product"
          />
        </Flex>
      </Flex>
    </Card>
  );
}
