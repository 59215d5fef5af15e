import { useState } from 'react';
import { App, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssumptionsFile, AssumptionsProblem } from '../../../../shared/features/capital-markets';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation } from '../../lib/queries';
import { ProblemList, problemsOf } from './ProblemList';
import { ScrollRegion } from './ScrollRegion';
import { className, fromPercent, toPercent } from './words';

type Asset = AssumptionsFile['assets'][number];
type NumberField = 'expectedReturn' | 'volatility' | 'riskRating' | 'duration';
const PERCENT_FIELDS: readonly NumberField[] = ['expectedReturn', 'volatility'];

/**
 * Edits a copy of a version (each class's expected return, volatility, RR and duration; the
 * correlations) and imports it as a new version: the core validates it as the engine does and
 * names the class or cell of any problem.
 */
export function AssumptionsEditor({ base, onClose }: { base: AssumptionsFile; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [copy, setCopy] = useState<AssumptionsFile>(() => ({ ...structuredClone(base), version: '' }));
  const [problems, setProblems] = useState<AssumptionsProblem[]>([]);
  const save = useChannelMutation('assumptions.import', {
    invalidates: ['assumptions', 'audit'],
    onSuccess(value) {
      void message.success(t('assumptions.imported', { version: value.version }));
      onClose();
    },
    onError(error) {
      const found = problemsOf(error.details);
      setProblems(found.length > 0 ? found : []);
      if (found.length === 0) void message.error(errorText(error));
    },
  });

  function setAsset(index: number, field: NumberField, value: number | null) {
    setCopy((current) => {
      const assets = current.assets.map((a, i) => {
        if (i !== index) return a;
        const next: Asset = { ...a };
        if (value === null) delete next[field];
        else next[field] = PERCENT_FIELDS.includes(field) ? fromPercent(value) : value;
        return next;
      });
      return { ...current, assets };
    });
  }

  function setCell(i: number, j: number, value: number | null) {
    setCopy((current) => {
      const correlations = current.correlations.map((row) => row.slice());
      const v = value ?? 0;
      correlations[i]![j] = v;
      correlations[j]![i] = v;
      return { ...current, correlations };
    });
  }

  const numberCell = (index: number, field: NumberField, label: string, props: object) => {
    const raw = copy.assets[index]?.[field];
    const value = raw === undefined ? null : PERCENT_FIELDS.includes(field) ? toPercent(raw) : raw;
    return (
      <InputNumber<number>
        size="small"
        value={value}
        aria-label={`${className(copy.assets[index]!, language)} ${label}`}
        data-testid={`assumptions-edit-${field}-${copy.assets[index]!.id}`}
        onChange={(v) => setAsset(index, field, v)}
        {...props}
      />
    );
  };

  const rows = copy.assets.map((asset, index) => ({ asset, index }));
  return (
    <ConfirmModal
      open
      title={t('assumptions.editTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={1100}
      ok={{
        text: t('assumptions.saveNew'),
        loading: save.isPending,
        testId: 'assumptions-edit-save',
        onClick: () => save.mutate({ document: copy }),
      }}
    >
      <Typography.Paragraph>{t('assumptions.editIntro', { version: base.version })}</Typography.Paragraph>
      {problems.length > 0 ? <ProblemList problems={problems} title={t('assumptions.failed')} /> : null}
      <Form layout="vertical">
        <div className="form-grid">
          <Form.Item label={t('assumptions.newVersion')} htmlFor="assumptions-edit-version" required>
            <Input
              id="assumptions-edit-version"
              value={copy.version}
              maxLength={64}
              data-testid="assumptions-edit-version"
              onChange={(e) => setCopy((c) => ({ ...c, version: e.target.value }))}
            />
          </Form.Item>
          <Form.Item label={t('assumptions.asOf')} htmlFor="assumptions-edit-asOf">
            <Input
              id="assumptions-edit-asOf"
              value={copy.asOf}
              placeholder="YYYY-MM-DD"
              data-testid="assumptions-edit-asOf"
              onChange={(e) => setCopy((c) => ({ ...c, asOf: e.target.value }))}
            />
          </Form.Item>
        </div>
      </Form>
      <Table<{ asset: Asset; index: number }>
        size="small"
        rowKey={(r) => r.asset.id}
        dataSource={rows}
        pagination={false}
        data-testid="assumptions-edit-classes"
        columns={[
          { title: t('assumptions.class'), key: 'name', render: (_, r) => className(r.asset, language) },
          { title: t('assumptions.currency'), key: 'currency', render: (_, r) => r.asset.currency },
          {
            title: t('assumptions.expectedReturn'),
            key: 'return',
            render: (_, r) =>
              numberCell(r.index, 'expectedReturn', t('assumptions.expectedReturn'), { step: 0.1 }),
          },
          {
            title: t('assumptions.volatility'),
            key: 'volatility',
            render: (_, r) => numberCell(r.index, 'volatility', t('assumptions.volatility'), { step: 0.1 }),
          },
          {
            title: t('assumptions.riskRating'),
            key: 'rr',
            render: (_, r) =>
              numberCell(r.index, 'riskRating', t('assumptions.riskRating'), { precision: 0 }),
          },
          {
            title: t('assumptions.duration'),
            key: 'duration',
            render: (_, r) => numberCell(r.index, 'duration', t('assumptions.duration'), { step: 0.5 }),
          },
        ]}
      />
      <Typography.Text strong>{t('assumptions.correlations')}</Typography.Text>
      <ScrollRegion label={t('assumptions.correlations')}>
        <Table<{ asset: Asset; index: number }>
          size="small"
          rowKey={(r) => r.asset.id}
          dataSource={rows}
          pagination={false}
          data-testid="assumptions-edit-correlations"
          columns={[
            { title: t('assumptions.class'), key: 'name', render: (_, r) => className(r.asset, language) },
            ...copy.assets.map((column, j) => ({
              title: className(column, language),
              key: column.id,
              render: (_: unknown, r: { asset: Asset; index: number }) =>
                // The upper triangle mirrors the lower one; the diagonal is 1.
                j >= r.index ? (
                  (copy.correlations[r.index]?.[j] ?? 0).toFixed(2)
                ) : (
                  <InputNumber<number>
                    size="small"
                    step={0.05}
                    value={copy.correlations[r.index]?.[j] ?? 0}
                    aria-label={t('assumptions.cell', {
                      row: className(r.asset, language),
                      column: className(column, language),
                    })}
                    onChange={(v) => setCell(r.index, j, v)}
                  />
                ),
            })),
          ]}
        />
      </ScrollRegion>
    </ConfirmModal>
  );
}
