import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  OPTIMIZER_OBJECTIVES,
  type OptimizerGroup,
  type ProposalTarget,
} from '../../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS, ASSET_CLASSES, CURRENCIES } from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';

type Optimizer = Extract<ProposalTarget, { source: 'optimizer' }>;

const NEW_OPTIMIZER: Optimizer = {
  source: 'optimizer',
  objective: 'maxSharpe',
  objectiveValue: null,
  bounds: {},
  groups: [],
};

const toPercent = (weight: number | null | undefined) =>
  weight === null || weight === undefined ? null : Math.round(weight * 1e6) / 1e4;
const toWeight = (percent: number | null) => (percent === null ? null : percent / 100);

/**
 * Where the target by asset class comes from: the model portfolio of the client's grade, the
 * optimizer (objective, per-class bounds, group limits such as the RR5 share or one currency) or
 * the advisor's own weights; 套用目標配置 sets the items' weights to it.
 */
export function TargetCard({
  target,
  onChange,
  onApply,
  applyBlocked,
}: {
  target: ProposalTarget;
  onChange: (target: ProposalTarget) => void;
  onApply: () => void;
  /** Why the target cannot be applied now (no answer yet), or null. */
  applyBlocked: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 className="card-title">{t('proposals.target')}</h2>}>
      <Flex vertical gap="small">
        <Flex gap="middle" align="center" wrap>
          <Radio.Group
            aria-label={t('proposals.targetSource')}
            value={target.source}
            data-testid="proposal-target-source"
            onChange={(event) => {
              const source = event.target.value as ProposalTarget['source'];
              onChange(source === 'optimizer' ? NEW_OPTIMIZER : { source });
            }}
            options={(['model', 'optimizer', 'manual'] as const).map((source) => ({
              value: source,
              label: t(`proposals.source.${source}`),
            }))}
          />
          <Button
            type="primary"
            ghost
            onClick={onApply}
            disabled={applyBlocked !== null || target.source === 'manual'}
            data-testid="proposal-apply-target"
          >
            {t('proposals.applyTarget')}
          </Button>
          {applyBlocked ? <Typography.Text type="secondary">{applyBlocked}</Typography.Text> : null}
        </Flex>
        {target.source === 'optimizer' ? <OptimizerFields target={target} onChange={onChange} /> : null}
      </Flex>
    </Card>
  );
}

function OptimizerFields({ target, onChange }: { target: Optimizer; onChange: (target: Optimizer) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const needsValue = target.objective === 'targetReturn' || target.objective === 'targetVolatility';
  const setGroup = (index: number, patch: Partial<OptimizerGroup>) =>
    onChange({ ...target, groups: target.groups.map((g, i) => (i === index ? { ...g, ...patch } : g)) });
  return (
    <Flex vertical gap="small" data-testid="proposal-optimizer">
      <Flex gap="small" align="center" wrap>
        <Select
          className="proposal-objective"
          aria-label={t('proposals.objective')}
          value={target.objective}
          onChange={(objective) => onChange({ ...target, objective })}
          options={OPTIMIZER_OBJECTIVES.map((o) => ({ value: o, label: t(`proposals.objective.${o}`) }))}
          data-testid="proposal-objective"
        />
        {needsValue ? (
          <InputNumber<number>
            min={0}
            max={100}
            precision={2}
            suffix="%"
            aria-label={t('proposals.objectiveValue')}
            value={toPercent(target.objectiveValue)}
            onChange={(value) => onChange({ ...target, objectiveValue: toWeight(value) })}
          />
        ) : null}
      </Flex>
      <details>
        <summary>{t('proposals.bounds')}</summary>
        <div className="proposal-bounds">
          {ASSET_CLASSES.map((assetClass) => {
            const bound = target.bounds[assetClass];
            const set = (side: 'min' | 'max', value: number | null) => {
              const next = {
                min: bound?.min ?? 0,
                max: bound?.max ?? 1,
                [side]: toWeight(value) ?? (side === 'min' ? 0 : 1),
              };
              onChange({ ...target, bounds: { ...target.bounds, [assetClass]: next } });
            };
            const name = ASSET_CLASS_WORDS[assetClass][language];
            return (
              <Flex key={assetClass} gap="small" align="center">
                <span className="proposal-bound-name">{name}</span>
                <InputNumber<number>
                  min={0}
                  max={100}
                  suffix="%"
                  aria-label={t('proposals.boundMin', { name })}
                  value={toPercent(bound?.min ?? 0)}
                  onChange={(value) => set('min', value)}
                />
                <InputNumber<number>
                  min={0}
                  max={100}
                  suffix="%"
                  aria-label={t('proposals.boundMax', { name })}
                  value={toPercent(bound?.max ?? 1)}
                  onChange={(value) => set('max', value)}
                />
              </Flex>
            );
          })}
        </div>
      </details>
      <Typography.Text strong>{t('proposals.groups')}</Typography.Text>
      {target.groups.map((group, index) => (
        <Flex key={index} gap="small" align="center" wrap data-testid="proposal-group">
          <Input
            className="proposal-group-name"
            aria-label={t('proposals.groupName')}
            value={group.name}
            maxLength={40}
            onChange={(event) => setGroup(index, { name: event.target.value })}
          />
          <Select<number | null>
            className="proposal-group-select"
            aria-label={t('proposals.groupRisk')}
            allowClear
            placeholder={t('proposals.groupRisk')}
            value={group.riskRatingAtLeast}
            onChange={(value) => setGroup(index, { riskRatingAtLeast: value ?? null })}
            options={[1, 2, 3, 4, 5].map((rr) => ({ value: rr, label: t('proposals.rrAtLeast', { rr }) }))}
          />
          <Select<string | null>
            className="proposal-group-select"
            aria-label={t('proposals.groupCurrency')}
            allowClear
            placeholder={t('proposals.groupCurrency')}
            value={group.currency}
            onChange={(value) => setGroup(index, { currency: (value ?? null) as OptimizerGroup['currency'] })}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
          <InputNumber<number>
            min={0}
            max={100}
            suffix="%"
            aria-label={t('proposals.groupMax', { name: group.name })}
            placeholder={t('proposals.max')}
            value={toPercent(group.max)}
            onChange={(value) => setGroup(index, { max: toWeight(value) })}
          />
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('proposals.groupRemove', { name: group.name })}
            onClick={() => onChange({ ...target, groups: target.groups.filter((_, i) => i !== index) })}
          />
        </Flex>
      ))}
      <Button
        icon={<PlusOutlined />}
        className="fit-content"
        disabled={target.groups.length >= 10}
        onClick={() =>
          onChange({
            ...target,
            groups: [
              ...target.groups,
              {
                name: t('proposals.groupRr5'),
                assetClasses: [],
                riskRatingAtLeast: 5,
                currency: null,
                min: null,
                max: 0.3,
              },
            ],
          })
        }
        data-testid="proposal-group-add"
      >
        {t('proposals.groupAdd')}
      </Button>
    </Flex>
  );
}
