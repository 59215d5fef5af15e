import { Button, DatePicker, Flex, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../../shared/features/clients';
import { fxRatesSchema } from '../../../../shared/features/settings/schema';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useFormats } from '../../app/useFormats';
import { FX_RATE_QUERIES } from '../../app/useFxRates';
import { useSettingsSave } from './useSettingsSave';

interface FxValues {
  asOf: Dayjs | null;
  toTwd: Partial<Record<string, number | null>>;
}

const FOREIGN = CURRENCIES.filter((c) => c !== 'TWD');

/** How many NT$ one unit of each currency buys, and the date those rates are from. */
function withoutBlanks(rates: FxValues['toTwd']): Record<string, number> {
  return Object.fromEntries(
    Object.entries(rates).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

export function FxRatesForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { fxRates } = useSettings().settings;
  const [form] = Form.useForm<FxValues>();
  const formats = useFormats();
  const { save, busy, changed } = useSettingsSave(form, fxRatesSchema, (value) => ({ fxRates: value }), {
    guard,
    name: 'fxRates',
    prefix: ['fxRates'],
    // Where no FX series has points, these rates are the ones every TWD total converts with.
    alsoStale: FX_RATE_QUERIES,
  });

  return (
    <Form<FxValues>
      form={form}
      layout="vertical"
      initialValues={{ asOf: dayjs(fxRates.asOf), toTwd: fxRates.toTwd }}
      onValuesChange={changed}
      onFinish={(values) =>
        void save({
          asOf: values.asOf ? values.asOf.format('YYYY-MM-DD') : '',
          // A blank rate is no rate: totals holding that currency then say so instead of guessing.
          toTwd: { ...withoutBlanks(values.toTwd), TWD: 1 },
        })
      }
    >
      <Form.Item name="asOf" label={t('settings.fxAsOf')} required>
        <DatePicker format={formats.picker} data-testid="settings-fxAsOf" />
      </Form.Item>
      <div className="fx-grid">
        {FOREIGN.map((currency) => (
          <Form.Item key={currency} name={['toTwd', currency]} label={t('settings.fxRate', { currency })}>
            <InputNumber<number> min={0} step={0.01} className="full-width" prefix="NT$" />
          </Form.Item>
        ))}
      </div>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-fx-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
