import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation } from '../../lib/queries';

/**
 * 刪除客戶 (not archiving: 閉戶 keeps everything). The dialog says what goes and what the rules keep,
 * asks for the reason and for the client's name typed again (a tombstone's purge: its ID).
 */
export function DeleteClientButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const expected = client.deletedAt ? client.id : client.name;
  const remove = useChannelMutation('clients.delete', {
    invalidates: ['clients', 'audit'],
    onSuccess: (done) => {
      setOpen(false);
      void message.success(
        done.outcome === 'tombstone'
          ? t('deletion.done', { until: formats.date(done.retainUntil) })
          : t('deletion.purged'),
      );
    },
  });
  const close = () => {
    setOpen(false);
    remove.reset();
  };

  return (
    <>
      <Button danger icon={<DeleteOutlined />} onClick={() => setOpen(true)} data-testid="client-delete">
        {client.deletedAt ? t('deletion.purge') : t('deletion.delete')}
      </Button>
      <ConfirmModal
        open={open}
        title={client.deletedAt ? t('deletion.purgeTitle') : t('deletion.title')}
        onCancel={close}
        destroyOnHidden
        ok={{
          text: client.deletedAt ? t('deletion.purge') : t('deletion.delete'),
          onClick: () => remove.mutate({ id: client.id, reason, confirmName: typed }),
          loading: remove.isPending,
          disabled: reason.trim() === '' || typed.trim() !== expected.trim(),
          testId: 'client-delete-confirm',
        }}
      >
        <Typography.Paragraph>
          {client.deletedAt ? t('deletion.purgeExplain') : t('deletion.explain')}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('deletion.reason')} htmlFor="deletion-reason" required>
            <Input
              id="deletion-reason"
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
              data-testid="client-delete-reason"
            />
          </Form.Item>
          <Form.Item
            label={
              client.deletedAt
                ? t('deletion.typeId', { id: client.id })
                : t('deletion.typeName', { name: client.name })
            }
            htmlFor="deletion-confirm-name"
            required
          >
            <Input
              id="deletion-confirm-name"
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.target.value)}
              data-testid="client-delete-name"
            />
          </Form.Item>
        </Form>
        {remove.error ? <Alert type="error" showIcon title={errorText(remove.error)} /> : null}
      </ConfirmModal>
    </>
  );
}
