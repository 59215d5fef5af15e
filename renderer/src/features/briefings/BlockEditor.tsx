import type { ReactNode } from 'react';
import { PictureOutlined } from '@ant-design/icons';
import { App, Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CHART_PERIODS,
  IMAGE_MIME_TYPES,
  MAX_IMAGE_BYTES,
  type Block,
  type ChartPeriod,
  type ImageMimeType,
} from '../../../../shared/features/briefings';
import { GRADE_WORDS } from '../../../../shared/features/kyc';
import { CURRENCIES, type Currency } from '../../../../shared/kernel/money';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { FilePickButton, fileBase64 } from '../../lib/fileImport';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { DeckProductSelect } from './DeckProductSelect';

/** A labelled field with its message under it (the core's or the schema's, translated). */
function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <Flex vertical gap={2}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <Typography.Text type="danger" role="alert" data-testid={`${id}-error`}>
          {error}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function SeriesSelect({
  id,
  value,
  onChange,
  disabled,
}: {
  id: string;
  value: string[];
  onChange: (codes: string[]) => void;
  disabled: boolean;
}) {
  const { language } = useLanguage();
  const list = useChannelQuery('market.seriesList', {});
  const known = list.data?.series ?? [];
  const options = known.map((s) => ({
    value: s.code,
    label: `${s.code} ${language === 'zh-TW' ? s.nameZh : s.nameEn}`,
  }));
  for (const code of value)
    if (!known.some((s) => s.code === code)) options.push({ value: code, label: code });
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      disabled={disabled}
      value={value}
      onChange={onChange}
      options={options}
      optionFilterProp="label"
      loading={list.isLoading}
      data-testid="deck-block-series"
    />
  );
}

function ImagePicker({ onAdded, disabled }: { onAdded: (imageId: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const add = useChannelMutation('briefings.addImage', {
    invalidates: [],
    onSuccess: (added) => {
      onAdded(added.imageId);
      void message.success(t('deckBlock.imageAdded'));
    },
    onError: (error) => void message.error(errorText(error)),
  });
  async function pick(file: File) {
    if (!(IMAGE_MIME_TYPES as readonly string[]).includes(file.type))
      return void message.error(t('deckBlock.imageType'));
    if (file.size > MAX_IMAGE_BYTES) return void message.error(t('deckBlock.imageTooLarge'));
    add.mutate({ mime: file.type as ImageMimeType, dataBase64: await fileBase64(file) });
  }
  if (disabled) return null;
  return (
    <FilePickButton
      accept={IMAGE_MIME_TYPES.join(',')}
      label={t('deckBlock.imagePick')}
      icon={<PictureOutlined />}
      loading={add.isPending}
      testId="deck-image"
      onFile={(file) => void pick(file)}
    />
  );
}

/**
 * The fields of one slide's block, by kind. `errorOf(field)` is the message for a field of this
 * block after a refused save.
 */
export function BlockEditor({
  block,
  onChange,
  readOnly,
  errorOf,
}: {
  block: Block;
  onChange: (block: Block) => void;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = (field: string, label: string, value: string, set: (value: string) => void, rows = 0) => {
    const id = `deck-block-${field}`;
    return (
      <Field id={id} label={label} error={errorOf(field)}>
        {rows > 0 ? (
          <Input.TextArea
            id={id}
            value={value}
            rows={rows}
            disabled={readOnly}
            onChange={(e) => set(e.target.value)}
            data-testid={id}
          />
        ) : (
          <Input
            id={id}
            value={value}
            disabled={readOnly}
            onChange={(e) => set(e.target.value)}
            data-testid={id}
          />
        )}
      </Field>
    );
  };
  const titleField = (value: string, set: (title: string) => void) =>
    text('title', t('deckBlock.title'), value, set);

  switch (block.kind) {
    case 'title':
      return (
        <Flex vertical gap="small">
          {titleField(block.title, (title) => onChange({ ...block, title }))}
          {text('subtitle', t('deckBlock.subtitle'), block.subtitle, (subtitle) =>
            onChange({ ...block, subtitle }),
          )}
          <Typography.Text type="secondary">{t('deckBlock.titleFirm')}</Typography.Text>
        </Flex>
      );
    case 'marketChart':
      return (
        <Flex vertical gap="small">
          {titleField(block.title, (title) => onChange({ ...block, title }))}
          <Field id="deck-block-series" label={t('deckBlock.series')} error={errorOf('series')}>
            <SeriesSelect
              id="deck-block-series"
              value={block.series}
              disabled={readOnly}
              onChange={(series) => onChange({ ...block, series })}
            />
          </Field>
          <Flex gap="middle" align="end" wrap>
            <Field id="deck-block-period" label={t('deckBlock.period')}>
              <Select<ChartPeriod>
                id="deck-block-period"
                value={block.period}
                disabled={readOnly}
                onChange={(period) => onChange({ ...block, period })}
                options={CHART_PERIODS.map((p) => ({ value: p, label: p }))}
                style={{ width: 100 }}
              />
            </Field>
            <Flex gap="small" align="center">
              <Switch
                id="deck-block-rebased"
                checked={block.rebased}
                disabled={readOnly}
                onChange={(rebased) => onChange({ ...block, rebased })}
              />
              <label htmlFor="deck-block-rebased">{t('deckBlock.rebased')}</label>
            </Flex>
          </Flex>
          {text(
            'commentary',
            t('deckBlock.commentary'),
            block.commentary,
            (commentary) => onChange({ ...block, commentary }),
            4,
          )}
        </Flex>
      );
    case 'returnsTable':
      return (
        <Flex vertical gap="small">
          {titleField(block.title, (title) => onChange({ ...block, title }))}
          <Field id="deck-block-series" label={t('deckBlock.series')} error={errorOf('series')}>
            <SeriesSelect
              id="deck-block-series"
              value={block.series}
              disabled={readOnly}
              onChange={(series) => onChange({ ...block, series })}
            />
          </Field>
        </Flex>
      );
    case 'fxPanel':
      return (
        <Flex vertical gap="small">
          {titleField(block.title, (title) => onChange({ ...block, title }))}
          <Field id="deck-block-currencies" label={t('deckBlock.currencies')} error={errorOf('currencies')}>
            <Select<Currency[]>
              id="deck-block-currencies"
              mode="multiple"
              value={block.currencies}
              disabled={readOnly}
              onChange={(currencies) => onChange({ ...block, currencies })}
              options={CURRENCIES.filter((c) => c !== 'TWD').map((c) => ({ value: c, label: `${c}/TWD` }))}
            />
          </Field>
        </Flex>
      );
    case 'productSpotlight':
      return (
        <Flex vertical gap="small">
          <Field id="deck-block-product" label={t('deckBlock.product')} error={errorOf('productId')}>
            <DeckProductSelect
              id="deck-block-product"
              value={block.productId || null}
              disabled={readOnly}
              onChange={(productId) => onChange({ ...block, productId })}
            />
          </Field>
          {text(
            'commentary',
            t('deckBlock.commentary'),
            block.commentary,
            (commentary) => onChange({ ...block, commentary }),
            4,
          )}
        </Flex>
      );
    case 'allocation':
      return (
        <Flex vertical gap="small">
          {titleField(block.title, (title) => onChange({ ...block, title }))}
          <Field id="deck-block-grade" label={t('deckBlock.grade')} error={errorOf('grade')}>
            <Select<number>
              id="deck-block-grade"
              value={block.grade.level}
              disabled={readOnly}
              onChange={(level) => onChange({ ...block, grade: { ...block.grade, level } })}
              options={GRADE_WORDS[block.grade.scale].map((words, i) => ({
                value: i + 1,
                label: words[language],
              }))}
            />
          </Field>
        </Flex>
      );
    case 'clientPortfolio':
      return (
        <Flex vertical gap="small">
          {titleField(block.title, (title) => onChange({ ...block, title }))}
          <Typography.Text type="secondary">{t('deckBlock.clientPortfolio')}</Typography.Text>
        </Flex>
      );
    case 'text':
      return (
        <Flex vertical gap="small">
          {text('heading', t('deckBlock.heading'), block.heading, (heading) =>
            onChange({ ...block, heading }),
          )}
          {text(
            'bullets',
            t('deckBlock.bullets'),
            block.bullets.join('\n'),
            (lines) => onChange({ ...block, bullets: lines.split('\n') }),
            6,
          )}
        </Flex>
      );
    case 'image':
      return (
        <Flex vertical gap="small">
          <ImagePicker disabled={readOnly} onAdded={(imageId) => onChange({ ...block, imageId })} />
          {errorOf('imageId') ? <Typography.Text type="danger">{errorOf('imageId')}</Typography.Text> : null}
          {text('alt', t('deckBlock.alt'), block.alt, (alt) => onChange({ ...block, alt }))}
          {text('caption', t('deckBlock.caption'), block.caption, (caption) =>
            onChange({ ...block, caption }),
          )}
        </Flex>
      );
  }
}
