import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ACQUISITION_SOURCES,
  CLIENT_STATUSES,
  GENDERS,
  type Client,
} from '../../../../shared/features/clients/schema';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { AmountInput } from '../../lib/AmountInput';
import { useFormSave, type RecordFormProps } from '../../lib/useFormSave';
import { AssetsField } from './AssetsField';
import {
  genderToFill,
  parseClientForm,
  type ClientFormValues,
  type FormMode,
  type ParsedClient,
} from './clientFormModel';
import { ConflictAlert } from './ConflictAlert';
import { HouseholdField } from './HouseholdField';
import { useIssueRule } from './useIssueRule';

type ValidParsed = Extract<ParsedClient, { ok: true }>;

/**
 * The client form for both new and edit. Validation runs the shared zod schema; the core's
 * VALIDATION issues land on the same fields, and a CONFLICT keeps everything the user typed.
 * Leaving with unsaved typing asks first.
 */
export function ClientForm({
  mode,
  initialValues,
  base,
  save,
  saving,
  saveError,
  onSaved,
  onCancel,
  onReloadLatest,
}: RecordFormProps<ClientFormValues, ValidParsed, Client> & {
  mode: FormMode;
  /** The stored client being edited. */
  base?: Client;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formats = useFormats();
  const [form] = Form.useForm<ClientFormValues>();
  const rule = useIssueRule(form, mode);
  // A prospect may be saved without a national ID (開發對象可暫不填).
  const status = Form.useWatch('status', form);
  const { submit, changed, prompt, generalAlert } = useFormSave({
    form,
    name: 'client',
    parse: () => parseClientForm(form.getFieldsValue(true) as ClientFormValues, mode),
    save,
    onSaved,
  });
  const knownNames = Object.fromEntries((base?.household ?? []).map((link) => [link.clientId, link.name]));
  const item = (name: keyof ClientFormValues) => ({
    name,
    label: t(`client.${name}`),
    rules: [rule([name])],
  });

  /** Typing a national ID sets the gender it states, until the user picks one. */
  function fillGenderFromId(changed: Partial<ClientFormValues>) {
    if (changed.nationalId === undefined) return;
    const gender = genderToFill(changed.nationalId, form.isFieldTouched('gender'));
    // Still untouched afterwards: a later correction of the ID updates it again.
    if (gender) form.setFields([{ name: 'gender', value: gender, touched: false }]);
  }

  return (
    <Form<ClientFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={(values: Partial<ClientFormValues>) => {
        changed();
        fillGenderFromId(values);
      }}
      onFinish={submit}
      scrollToFirstError
      data-testid="client-form"
      className="client-form"
    >
      {prompt}
      {saveError?.code === 'CONFLICT' ? (
        <ConflictAlert onReloadLatest={onReloadLatest} />
      ) : saveError ? (
        <Alert
          type="error"
          showIcon
          title={errorText(saveError)}
          className="form-alert"
          data-testid="form-error"
        />
      ) : null}
      {generalAlert}

      <Card title={t('form.sectionIdentity')} className="form-section">
        <div className="form-grid">
          <Form.Item {...item('name')} required>
            <Input data-testid="field-name" maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item
            {...item('nationalId')}
            required={mode === 'create' && status !== 'prospect'}
            extra={mode === 'edit' ? t('form.nationalIdUnchanged') : t('form.nationalIdProspect')}
            normalize={(value: string) => value.toUpperCase()}
          >
            <Input
              data-testid="field-nationalId"
              maxLength={10}
              autoComplete="off"
              spellCheck={false}
              placeholder={base?.nationalIdMasked || 'A123456789'}
              className="mono"
            />
          </Form.Item>
          <Form.Item {...item('birthDate')}>
            <DatePicker data-testid="field-birthDate" format={formats.picker} className="full-width" />
          </Form.Item>
          <Form.Item {...item('gender')} required>
            <Select
              data-testid="field-gender"
              options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
            />
          </Form.Item>
          <Form.Item {...item('phone')}>
            <Input data-testid="field-phone" maxLength={20} inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item {...item('email')}>
            <Input data-testid="field-email" maxLength={120} inputMode="email" autoComplete="off" />
          </Form.Item>
          <Form.Item {...item('address')} className="span-2">
            <Input data-testid="field-address" maxLength={200} autoComplete="off" />
          </Form.Item>
        </div>
      </Card>

      <Card title={t('form.sectionFinance')} className="form-section">
        <div className="form-grid">
          <Form.Item {...item('occupation')}>
            <Input data-testid="field-occupation" maxLength={60} />
          </Form.Item>
          <Form.Item {...item('employer')}>
            <Input data-testid="field-employer" maxLength={100} />
          </Form.Item>
          <Form.Item {...item('annualIncomeTwd')}>
            <AmountInput data-testid="field-annualIncomeTwd" className="full-width" prefix="NT$" />
          </Form.Item>
          <Form.Item {...item('sourceOfWealth')}>
            <Input data-testid="field-sourceOfWealth" maxLength={200} />
          </Form.Item>
          <div className="span-2">
            <AssetsField
              rule={rule}
              {...(base?.assetsFromHoldings ? { superseded: base.investableAssets } : {})}
            />
          </div>
        </div>
      </Card>

      <Card title={t('form.sectionRelationship')} className="form-section">
        <div className="form-grid">
          <Form.Item {...item('status')} required>
            <Select
              data-testid="field-status"
              options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Form.Item>
          <Form.Item {...item('acquisitionSource')} required>
            <Select
              data-testid="field-acquisitionSource"
              options={ACQUISITION_SOURCES.map((s) => ({ value: s, label: t(`acquisition.${s}`) }))}
            />
          </Form.Item>
          <Form.Item {...item('advisor')}>
            <Input data-testid="field-advisor" maxLength={50} />
          </Form.Item>
          <Form.Item {...item('tags')}>
            <Select
              data-testid="field-tags"
              mode="tags"
              tokenSeparators={[',', '，']}
              open={false}
              suffixIcon={null}
            />
          </Form.Item>
          <div className="span-2">
            <HouseholdField rule={rule} selfId={base?.id} knownNames={knownNames} />
          </div>
          <Form.Item {...item('notes')} className="span-2">
            <Input.TextArea
              data-testid="field-notes"
              maxLength={4000}
              autoSize={{ minRows: 3, maxRows: 10 }}
            />
          </Form.Item>
        </div>
      </Card>

      <Flex gap="small" justify="flex-end" className="form-actions">
        <Button onClick={onCancel} data-testid="cancel-client">
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-client">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
