import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PROPOSAL_SETTING_FIELD_WORDS,
  PROPOSAL_SETTING_HINT_WORDS,
  proposalSettingsSchema,
  type ProposalSettings,
} from '../../../../../shared/features/proposals/settings';
import { useLanguage } from '../../../app/language';
import { useSettings } from '../../../app/settings';
import type { LeaveGuard } from '../../../app/useLeaveGuard';
import { useSettingsSave } from '../../settings';

type TextKey = 'advisorLicenceNumber' | 'firmDisclaimer' | 'firmContact';
const TEXTS: readonly [TextKey, number, number][] = [
  ['advisorLicenceNumber', 40, 1],
  ['firmDisclaimer', 2000, 4],
  ['firmContact', 500, 2],
];
type NumberKey = 'largeTypeFromAge' | 'validityDays' | 'sellCostPercent' | 'simulationPaths';
const NUMBERS: readonly [NumberKey, number, number, number][] = [
  ['largeTypeFromAge', 50, 100, 0],
  ['validityDays', 1, 365, 0],
  ['sellCostPercent', 0, 10, 4],
  ['simulationPaths', 1000, 100_000, 0],
];

/** Blank text is saved as no text (null), as the schema keeps it. */
const orNull = (text: unknown) => (typeof text === 'string' && text.trim() === '' ? null : text);

/**
 * 設定 › 建議書: what the branded proposal PDF says about the advisor and the firm (licence number,
 * disclaimer, contact), when the large-type PDF is chosen, how long a proposal stays valid, the
 * cost of selling, and the simulation's paths.
 */
export function ProposalSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { proposals } = useSettings().settings;
  const [form] = Form.useForm<ProposalSettings>();
  // The settings patch is per top-level key: the whole proposals object is saved.
  const { save, busy, changed } = useSettingsSave(
    form,
    proposalSettingsSchema,
    (value) => ({ proposals: value }),
    { guard, name: 'proposals', prefix: ['proposals'] },
  );
  const hint = (key: keyof ProposalSettings) => PROPOSAL_SETTING_HINT_WORDS[key]?.[language];

  return (
    <Form<ProposalSettings>
      form={form}
      layout="vertical"
      initialValues={proposals}
      onValuesChange={changed}
      onFinish={(values) =>
        void save({
          ...proposals,
          ...values,
          ...Object.fromEntries(TEXTS.map(([key]) => [key, orNull(values[key])])),
        })
      }
    >
      {TEXTS.map(([key, max, rows]) => (
        <Form.Item key={key} name={key} label={PROPOSAL_SETTING_FIELD_WORDS[key][language]} extra={hint(key)}>
          {rows === 1 ? (
            <Input maxLength={max} data-testid={`proposal-settings-${key}`} />
          ) : (
            <Input.TextArea maxLength={max} rows={rows} data-testid={`proposal-settings-${key}`} />
          )}
        </Form.Item>
      ))}
      <div className="form-grid">
        {NUMBERS.map(([key, min, max, precision]) => (
          <Form.Item
            key={key}
            name={key}
            label={PROPOSAL_SETTING_FIELD_WORDS[key][language]}
            extra={hint(key)}
          >
            <InputNumber<number>
              min={min}
              max={max}
              precision={precision}
              className="full-width"
              data-testid={`proposal-settings-${key}`}
            />
          </Form.Item>
        ))}
      </div>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="proposal-settings-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
