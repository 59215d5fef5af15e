import type { ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ASSET_CLASSES,
  CURRENCIES,
  PRODUCT_TYPES,
  RISK_RATINGS,
  type Product,
  type ProductData,
} from '../../../../shared/features/products';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useFormSave, type RecordFormProps } from '../../lib/useFormSave';
import { formPath, parseProductForm, type ProductFormValues } from './productFormModel';

/**
 * The product form for new and edit. Validation runs the shared zod schema (messages in the
 * screen's language, the RR rule naming both ratings); the core's issues land on the same fields,
 * and a CONFLICT keeps what the user typed.
 */
export function ProductForm({
  initialValues,
  save,
  saving,
  saveError,
  onSaved,
  onCancel,
  onReloadLatest,
}: RecordFormProps<ProductFormValues, ProductData, Product>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formats = useFormats();
  const [form] = Form.useForm<ProductFormValues>();
  const { submit, changed, prompt, generalAlert } = useFormSave({
    form,
    name: 'product',
    parse() {
      // Clear the previous attempt's messages: each field shows only what is wrong now.
      form.setFields(
        form.getFieldsError().map(({ name }) => ({ name, errors: [] })) as unknown as Parameters<
          typeof form.setFields
        >[0],
      );
      return parseProductForm(form.getFieldsValue(true) as ProductFormValues);
    },
    save: (parsed) => save(parsed.data),
    fieldPath: formPath,
    onSaved,
  });

  const item = (name: string | string[], label: string, children: ReactNode, extra?: ReactNode) => (
    <Form.Item name={name} label={label} extra={extra}>
      {children}
    </Form.Item>
  );
  const testId = (name: string) => `product-field-${name}`;
  const textArea = (name: string, max: number) => (
    <Input.TextArea data-testid={testId(name)} maxLength={max} autoSize={{ minRows: 2, maxRows: 8 }} />
  );
  const rrOptions = RISK_RATINGS.map((n) => ({ value: n, label: t(`rr.${n}`) }));
  const percentInput = (name: string) => (
    <InputNumber
      data-testid={testId(name)}
      min={0}
      max={100}
      step={0.01}
      addonAfter="%"
      className="full-width"
    />
  );

  return (
    <Form<ProductFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={changed}
      onFinish={submit}
      scrollToFirstError
      data-testid="product-form"
    >
      {prompt}
      {saveError?.code === 'CONFLICT' ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="product-conflict"
          title={t('productForm.conflictTitle')}
          action={
            onReloadLatest ? (
              <Button size="small" onClick={onReloadLatest}>
                {t('productForm.conflictReload')}
              </Button>
            ) : undefined
          }
        />
      ) : saveError && saveError.code !== 'VALIDATION' ? (
        <Alert type="error" showIcon title={errorText(saveError)} className="form-alert" />
      ) : null}
      {generalAlert}

      <Card title={t('productForm.sectionBasic')} className="form-section">
        <div className="form-grid">
          {item(
            'code',
            t('product.code'),
            <Input data-testid={testId('code')} maxLength={30} className="mono" />,
          )}
          {item(
            'type',
            t('product.type'),
            <Select
              data-testid={testId('type')}
              options={PRODUCT_TYPES.map((v) => ({ value: v, label: t(`productType.${v}`) }))}
            />,
          )}
          {item('nameZh', t('product.nameZh'), <Input data-testid={testId('nameZh')} maxLength={120} />)}
          {item('nameEn', t('product.nameEn'), <Input data-testid={testId('nameEn')} maxLength={160} />)}
          {item('issuer', t('product.issuer'), <Input data-testid={testId('issuer')} maxLength={120} />)}
          {item(
            'currency',
            t('product.currency'),
            <Select
              data-testid={testId('currency')}
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            />,
          )}
          {item(
            'launchDate',
            t('product.launchDate'),
            <DatePicker data-testid={testId('launchDate')} format={formats.picker} className="full-width" />,
          )}
          {item(
            'expiryDate',
            t('product.expiryDate'),
            <DatePicker data-testid={testId('expiryDate')} format={formats.picker} className="full-width" />,
          )}
        </div>
      </Card>

      <Card title={t('productForm.sectionRisk')} className="form-section">
        <div className="form-grid">
          {item(
            'issuerRiskRating',
            t('product.issuerRiskRating'),
            <Select data-testid={testId('issuerRiskRating')} options={rrOptions} />,
          )}
          {item(
            'riskRating',
            t('product.riskRating'),
            <Select data-testid={testId('riskRating')} options={rrOptions} />,
            t('productForm.riskHelp'),
          )}
          {item(
            'assetClass',
            t('product.assetClass'),
            <Select
              data-testid={testId('assetClass')}
              options={ASSET_CLASSES.map((v) => ({ value: v, label: t(`assetClass.${v}`) }))}
            />,
          )}
          <Flex vertical gap={4}>
            {(['isForeign', 'isComplex', 'dividendFromPrincipal'] as const).map((name) => (
              <Form.Item key={name} name={name} valuePropName="checked" noStyle>
                <Checkbox data-testid={testId(name)}>{t(`product.${name}`)}</Checkbox>
              </Form.Item>
            ))}
          </Flex>
          <div className="span-2">
            {item('maxLossStatement', t('product.maxLossStatement'), textArea('maxLossStatement', 1000))}
          </div>
          <div className="span-2">
            {item(
              'riskDisclosureBlocks',
              t('product.riskDisclosureBlocks'),
              <Input.TextArea
                data-testid={testId('riskDisclosureBlocks')}
                autoSize={{ minRows: 4, maxRows: 14 }}
              />,
              t('productForm.disclosureHelp'),
            )}
          </div>
        </div>
      </Card>

      <Card title={t('productForm.sectionFees')} className="form-section">
        <div className="form-grid">
          {item(
            ['fees', 'frontLoadPercent'],
            t('product.frontLoadPercent'),
            percentInput('frontLoadPercent'),
          )}
          {item(
            ['fees', 'managementPercent'],
            t('product.managementPercent'),
            percentInput('managementPercent'),
          )}
          {item(['fees', 'custodyPercent'], t('product.custodyPercent'), percentInput('custodyPercent'))}
          {item(
            ['fees', 'switchingFee'],
            t('product.switchingFee'),
            <Input data-testid={testId('switchingFee')} maxLength={200} />,
          )}
          <div className="span-2">
            {item(
              ['fees', 'earlyRedemption'],
              t('product.earlyRedemption'),
              textArea('earlyRedemption', 500),
            )}
          </div>
          <div className="span-2">
            {item(
              'compensationDisclosure',
              t('product.compensationDisclosure'),
              textArea('compensationDisclosure', 2000),
            )}
          </div>
        </div>
      </Card>

      <Flex gap="small" justify="flex-end" className="form-actions">
        <Button onClick={onCancel} data-testid="cancel-product">
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-product">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
