import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Input, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { productFieldWords, type ProductNote } from '../../../../shared/features/products';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';

/** KYP 紀錄 (P2.1.3): every change the app recorded, with the remarks typed here, newest first. */
export function ProductNotes({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const formats = useFormats();
  const [text, setText] = useState('');
  const { data, error } = useChannelQuery('products.listNotes', { productId });
  const add = useChannelMutation('products.addNote', {
    onSuccess() {
      setText('');
      void message.success(t('productNotes.added'));
    },
    onError: (e) => void message.error(errorText(e)),
  });

  return (
    <Card title={t('productNotes.title')} data-testid="product-notes">
      <Flex gap="small" align="flex-start" className="form-section">
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={2000}
          autoSize={{ minRows: 1, maxRows: 6 }}
          placeholder={t('productNotes.placeholder')}
          aria-label={t('productNotes.label')}
          data-testid="product-note-text"
        />
        <Button
          loading={add.isPending}
          disabled={text.trim() === ''}
          onClick={() => add.mutate({ productId, text })}
          data-testid="product-note-add"
        >
          {t('productNotes.add')}
        </Button>
      </Flex>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {data && data.items.length === 0 ? <Empty description={t('productNotes.empty')} /> : null}
      {data && data.items.length > 0 ? (
        <List<ProductNote>
          size="small"
          dataSource={data.items}
          renderItem={(note) => (
            <List.Item data-testid="product-note">
              <Flex vertical gap={2}>
                <NoteSummary note={note} />
                {note.text ? <span className="pre-wrap">{note.text}</span> : null}
                <Typography.Text type="secondary">
                  {formats.timestamp(note.at)} · {note.author ?? t('productNotes.noAuthor')}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}

function NoteSummary({ note }: { note: ProductNote }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const state = (s: ProductNote['toState']) => (s ? t(`productState.${s}`) : '');
  const summary = {
    created: t('productNotes.created'),
    imported: t('productNotes.imported'),
    changed: t('productNotes.changed', {
      fields: note.fields.map((f) => productFieldWords(f, language)).join(language === 'zh-TW' ? '、' : ', '),
    }),
    state: note.fromState
      ? t('productNotes.state', { from: state(note.fromState), to: state(note.toState) })
      : t('productNotes.stateInitial', { to: state(note.toState) }),
    note: t('productNotes.note'),
  }[note.kind];
  return <Typography.Text strong>{summary}</Typography.Text>;
}
