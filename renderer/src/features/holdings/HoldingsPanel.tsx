import { useState } from 'react';
import { DeleteOutlined, EditOutlined, PlusOutlined, WalletOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import type { HoldingsValuation, ValuedCash, ValuedPosition } from '../../../../shared/features/holdings';
import { CURRENCIES, type Currency } from '../../../../shared/kernel/money';
import { fxNotes } from '../../app/feature-slots';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import type { ApiError } from '../../lib/api';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { CashModal } from './CashModal';
import { HOLDINGS_INVALIDATES, HoldingsExportButton, HoldingsImportButton } from './HoldingsFileButtons';
import { PositionModal } from './PositionModal';
import { useHoldingsWords } from './words';

/** Per-currency totals of positions and cash, in the currencies' usual order. */
function totalsByCurrency(valuation: HoldingsValuation): { currency: Currency; amount: number }[] {
  const totals = new Map<Currency, number>();
  const add = (currency: Currency, amount: number) =>
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  valuation.positions.forEach((p) => add(p.currency, p.marketValue));
  valuation.cash.forEach((c) => add(c.currency, c.amount));
  return CURRENCIES.filter((c) => totals.has(c)).map((currency) => ({
    currency,
    amount: totals.get(currency)!,
  }));
}

type Editing = { position: ValuedPosition | null } | null;

/** The dossier's 持有部位 card: positions, cash, totals by currency and in TWD with the rate date. */
export function HoldingsPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const words = useHoldingsWords();
  const [editing, setEditing] = useState<Editing>(null);
  const [cashOpen, setCashOpen] = useState(false);
  const query = useChannelQuery('holdings.get', { clientId: client.id });
  const onError = (error: ApiError) => void message.error(errorText(error));
  const mutation = (done: string, close: () => void) => ({
    invalidates: HOLDINGS_INVALIDATES,
    onSuccess: () => {
      close();
      void message.success(done);
    },
  });
  const add = useChannelMutation(
    'holdings.addPosition',
    mutation(t('holdings.saved'), () => setEditing(null)),
  );
  const update = useChannelMutation(
    'holdings.updatePosition',
    mutation(t('holdings.saved'), () => setEditing(null)),
  );
  const remove = useChannelMutation('holdings.deletePosition', {
    ...mutation(t('holdings.deleted'), () => {}),
    onError,
  });
  const setCash = useChannelMutation('holdings.setCash', {
    ...mutation(t('holdings.cashSaved'), () => setCashOpen(false)),
    onError,
  });

  const state = query.data;
  const clientId = client.id;
  const held = state ? state.valuation.positions.length + state.valuation.cash.length : 0;

  return (
    <Card
      title={<span data-testid="holdings-panel-title">{t('holdings.panel')}</span>}
      data-testid="holdings-panel"
      extra={
        state ? (
          <Flex gap="small" wrap>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ position: null })}

              data-testid="holding-add"
            >
              {t('holdings.add')}
            </Button>
            <Button
              icon={<WalletOutlined />}
              onClick={() => setCashOpen(true)}

              data-testid="cash-set"
            >
              {t('holdings.cash')}
            </Button>
            <HoldingsImportButton clientId={clientId} held={held} />
            <HoldingsExportButton clientId={clientId} />
          </Flex>
        ) : null
      }
    >
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      {!state ? (
        query.error ? null : (
          <Spin />
        )
      ) : held === 0 ? (
        <Typography.Text data-testid="holdings-none">{t('holdings.none')}</Typography.Text>
      ) : (
        <Flex vertical gap="middle">
          <PositionsTable
            positions={state.valuation.positions}
            onEdit={(position) => setEditing({ position })}
            onDelete={(id) => remove.mutate({ clientId, version: state.version, id })}
            words={words}
          />
          {state.valuation.cash.length > 0 ? <CashTable cash={state.valuation.cash} words={words} /> : null}
          <Totals valuation={state.valuation} />
        </Flex>
      )}
      {state ? (
        <>
          <PositionModal
            open={editing !== null}
            position={editing?.position ?? null}
            saving={add.isPending || update.isPending}
            onCancel={() => setEditing(null)}
            onSave={async (data) => {
              try {
                if (editing?.position)
                  await update.mutateAsync({
                    clientId,
                    version: state.version,
                    id: editing.position.id,
                    data,
                  });
                else await add.mutateAsync({ clientId, version: state.version, data });
              } catch (error) {
                onError(error as ApiError);
                throw error;
              }
            }}
          />
          <CashModal
            open={cashOpen}
            saving={setCash.isPending}
            onCancel={() => setCashOpen(false)}
            onSave={(data) => setCash.mutate({ clientId, version: state.version, data })}
          />
        </>
      ) : null}
    </Card>
  );
}

type Words = ReturnType<typeof useHoldingsWords>;

function PositionsTable({
  positions,
  onEdit,
  onDelete,
  words,
}: {
  positions: ValuedPosition[];
  onEdit: (position: ValuedPosition) => void;
  onDelete: (id: string) => void;
  words: Words;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return (
    <Table<ValuedPosition>
      data-testid="holdings-table"
      aria-label={t('holdings.tableLabel')}
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: true }}
      dataSource={positions}
      columns={[
        {
          title: t('holdings.col.product'),
          key: 'name',
          render: (_, p) => (
            <Flex vertical>
              <span>{p.productCode ? `${p.productCode} ${p.name}` : p.name}</span>
              <Typography.Text type="secondary">
                {p.riskRating !== null ? `RR${p.riskRating}` : t('holdings.freeForm')}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('holdings.col.assetClass'),
          key: 'class',
          render: (_, p) => words.assetClass(p.assetClass),
        },
        {
          title: t('holdings.col.custodian'),
          key: 'custodian',
          render: (_, p) => words.custodian(p.custodian),
        },
        {
          title: t('holdings.col.quantity'),
          key: 'quantity',
          align: 'right',
          render: (_, p) => number(p.quantity),
        },
        { title: t('holdings.col.price'), key: 'price', align: 'right', render: (_, p) => number(p.price) },
        { title: t('holdings.col.priceDate'), key: 'date', render: (_, p) => formats.date(p.priceDate) },
        {
          title: t('holdings.col.value'),
          key: 'value',
          align: 'right',
          render: (_, p) => formats.money(p.marketValue, p.currency),
        },
        {
          title: t('holdings.col.valueTwd'),
          key: 'twd',
          align: 'right',
          render: (_, p) =>
            p.marketValueTwd === null ? t('holdings.noRate') : formats.twd(p.marketValueTwd),
        },
        {
          title: t('holdings.col.actions'),
          key: 'actions',
          render: (_, p) => (
            <Flex gap="small">
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t('holdings.editRow', { name: p.name })}
                onClick={() => onEdit(p)}
                data-testid="holding-edit"
              />
              <Popconfirm
                title={t('holdings.deleteConfirm')}
                okText={t('holdings.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() => onDelete(p.id)}
              >
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('holdings.deleteRow', { name: p.name })}
                  data-testid="holding-delete"
                />
              </Popconfirm>
            </Flex>
          ),
        },
      ]}
    />
  );
}

function CashTable({ cash, words }: { cash: ValuedCash[]; words: Words }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <Table<ValuedCash>
      data-testid="holdings-cash-table"
      aria-label={t('holdings.cashTableLabel')}
      size="small"
      rowKey={(c) => `${c.currency}:${c.custodian}`}
      pagination={false}
      dataSource={cash}
      columns={[
        { title: t('holdings.col.currency'), dataIndex: 'currency' },
        {
          title: t('holdings.col.custodian'),
          key: 'custodian',
          render: (_, c) => words.custodian(c.custodian),
        },
        {
          title: t('holdings.col.amount'),
          key: 'amount',
          align: 'right',
          render: (_, c) => formats.money(c.amount, c.currency),
        },
        {
          title: t('holdings.col.valueTwd'),
          key: 'twd',
          align: 'right',
          render: (_, c) => (c.amountTwd === null ? t('holdings.noRate') : formats.twd(c.amountTwd)),
        },
      ]}
    />
  );
}

function Totals({ valuation }: { valuation: HoldingsValuation }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <Flex vertical gap={4} data-testid="holdings-totals">
      <Typography.Text type="secondary">{t('holdings.byCurrency')}</Typography.Text>
      <Flex gap="large" wrap>
        {totalsByCurrency(valuation).map((total) => (
          <span key={total.currency} data-testid={`holdings-total-${total.currency}`}>
            {formats.money(total.amount, total.currency)}
          </span>
        ))}
      </Flex>
      <Typography.Text strong data-testid="holdings-total-twd">
        {t('holdings.totalTwd', {
          amount: formats.total({ twd: valuation.totalTwd, missing: valuation.missingRates }),
        })}
      </Typography.Text>
      {valuation.missingRates.length > 0 ? (
        <Typography.Text type="warning">
          {t('holdings.missingRates', { currencies: valuation.missingRates.join('、') })}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary" data-testid="holdings-rates-as-of">
        {t('holdings.ratesAsOf', { date: formats.date(valuation.fxAsOf) })}
      </Typography.Text>
      {fxNotes().map(({ key, Note }) => (
        <Note key={key} currencies={totalsByCurrency(valuation).map((total) => total.currency)} />
      ))}
    </Flex>
  );
}
