import { useState } from 'react';
import { MergeOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NO_NATIONAL_ID_WORDS, type Client } from '../../../../shared/features/clients';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ClientPicker } from './ClientPicker';
import { clientPaths } from './paths';
import { StatusTag } from './StatusTag';

/**
 * 合併重複資料: pick the duplicate, see both side by side (which one stays, which one goes), and
 * merge; the dossier kept opens with how many records moved to it.
 */
export function MergeButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<MergeOutlined />} onClick={() => setOpen(true)} data-testid="client-merge">
        {t('merge.button')}
      </Button>
      {open ? <MergeDialog client={client} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function MergeDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [otherId, setOtherId] = useState<string | undefined>();
  const [keepThis, setKeepThis] = useState(true);
  const other = useChannelQuery('clients.get', { id: otherId ?? '' }, { enabled: otherId !== undefined });
  const merge = useChannelMutation('clients.merge', {
    invalidates: ['clients', 'audit', 'activities', 'holdings', 'proposals', 'tiers', 'kyc'],
    onSuccess: (done) => {
      const rows = done.moved.reduce((sum, m) => sum + m.rows, 0);
      void message.success(t('merge.done', { rows }));
      onClose();
      void navigate(clientPaths.dossier(done.client.id));
    },
  });
  const duplicate = other.data && other.data.id === otherId ? other.data : undefined;
  const [keep, drop] = keepThis ? [client, duplicate] : [duplicate, client];

  return (
    <ConfirmModal
      open
      title={t('merge.title')}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      ok={{
        text: t('merge.confirm'),
        onClick: () => {
          if (keep && drop) {
            merge.mutate({
              keepId: keep.id,
              keepVersion: keep.version,
              mergeId: drop.id,
              mergeVersion: drop.version,
            });
          }
        },
        loading: merge.isPending,
        disabled: !duplicate,
        testId: 'merge-confirm',
      }}
    >
      <Typography.Paragraph>{t('merge.explain')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('merge.pick')} htmlFor="merge-duplicate">
          <div data-testid="merge-duplicate">
            <ClientPicker
              id="merge-duplicate"
              value={otherId}
              onChange={setOtherId}
              excludeId={client.id}
              knownNames={{}}
            />
          </div>
        </Form.Item>
      </Form>
      {keep && drop ? (
        <Flex vertical gap="small" data-testid="merge-sides">
          <MergeSide client={keep} role={t('merge.keep')} testId="merge-keep" />
          <MergeSide client={drop} role={t('merge.remove')} testId="merge-drop" />
          <Button icon={<SwapOutlined />} onClick={() => setKeepThis((k) => !k)} data-testid="merge-swap">
            {t('merge.swap')}
          </Button>
        </Flex>
      ) : null}
      {other.error ? <Alert type="error" showIcon title={errorText(other.error)} /> : null}
      {merge.error ? <Alert type="error" showIcon title={errorText(merge.error)} /> : null}
    </ConfirmModal>
  );
}

/** One of the two dossiers: its name, masked ID and status, under what happens to it. */
function MergeSide({ client, role, testId }: { client: Client; role: string; testId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Descriptions
      size="small"
      bordered
      column={3}
      title={role}
      data-testid={testId}
      items={[
        { key: 'name', label: t('client.name'), children: client.name },
        {
          key: 'id',
          label: t('client.nationalId'),
          children: <span className="mono">{client.nationalIdMasked || NO_NATIONAL_ID_WORDS[language]}</span>,
        },
        { key: 'status', label: t('client.status'), children: <StatusTag status={client.status} /> },
      ]}
    />
  );
}
