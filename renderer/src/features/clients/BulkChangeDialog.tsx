import { useState } from 'react';
import { Alert, App, AutoComplete, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BulkClientChange } from '../../../../shared/features/clients/book';
import { useErrorText } from '../../app/useErrorText';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';

export type BulkChangeKind = BulkClientChange['kind'];

/**
 * 加上標籤, 移除標籤 or 指派理財顧問 for every selected client, in one change (all or none); the
 * values on file are offered. A blank advisor takes the advisor away.
 */
export function BulkChangeDialog({
  kind,
  clientIds,
  onClose,
}: {
  kind: BulkChangeKind;
  clientIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [value, setValue] = useState('');
  const options = useChannelQuery('clients.listOptions', {});
  const update = useChannelMutation('clients.bulkUpdate', {
    invalidates: ['clients', 'audit', 'tiers'],
    onSuccess: (done) => {
      void message.success(t('clients.bulk.done', { changed: done.changed, unchanged: done.unchanged }));
      onClose();
    },
  });
  const isTag = kind !== 'assignAdvisor';
  const known = isTag
    ? (options.data?.tags ?? []).map((o) => o.tag)
    : (options.data?.advisors ?? []).map((o) => o.advisor).filter((a) => a !== '');
  const change: BulkClientChange =
    kind === 'assignAdvisor' ? { kind, advisor: value.trim() === '' ? null : value } : { kind, tag: value };
  const label = isTag ? t('client.tags') : t('client.advisor');

  return (
    <ConfirmModal
      open
      title={t(`clients.bulk.${kind}`)}
      onCancel={onClose}
      destroyOnHidden
      confirmOnEnter
      ok={{
        text: t(`clients.bulk.${kind}`),
        onClick: () => update.mutate({ ids: [...clientIds], change }),
        loading: update.isPending,
        disabled: isTag && value.trim() === '',
        testId: 'bulk-change-confirm',
      }}
    >
      <Typography.Paragraph>{t('clients.bulk.appliesTo', { count: clientIds.length })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={label}
          htmlFor="bulk-change-value"
          required={isTag}
          extra={isTag ? undefined : t('clients.bulk.blankAdvisor')}
        >
          <AutoComplete
            id="bulk-change-value"
            value={value}
            onChange={setValue}
            maxLength={isTag ? 20 : 50}
            options={known.map((v) => ({ value: v }))}
            showSearch={{
              filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()),
            }}
            data-testid="bulk-change-value"
          />
        </Form.Item>
      </Form>
      {update.error ? <Alert type="error" showIcon title={errorText(update.error)} /> : null}
    </ConfirmModal>
  );
}
