import { useState, type KeyboardEvent } from 'react';
import { CheckOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Segmented, Spin, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ISSUING_BODY_WORDS, type RegulatoryUpdate } from '../../../../shared/features/regulatory-updates';
import { useLanguage } from '../../app/language';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { base64ToBytes, saveBlob } from '../../lib/download';
import { FilePickButton, fileBase64 } from '../../lib/fileImport';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { RegulatoryUpdateDialog } from './RegulatoryUpdateDialog';

type Shown = 'unread' | 'all';

/**
 * 法規動態 (its own page, in the menu beside 合規): the log, unread ones first shown; the session's advisor acknowledges each (the
 * button, or A on a focused row), adds and edits entries and attaches the circular's file.
 */
export function RegulatoryUpdatesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [shown, setShown] = useState<Shown>('unread');
  const [editing, setEditing] = useState<RegulatoryUpdate | null | undefined>(undefined);
  const list = useChannelQuery('regulatory.list', shown === 'unread' ? { unreadOnly: true } : {});
  const onError = (error: Parameters<typeof errorText>[0]) => void message.error(errorText(error));
  const acknowledge = useChannelMutation('regulatory.acknowledge', {
    invalidates: ['regulatory', 'audit'],
    onSuccess: () => void message.success(t('regulatory.acknowledged')),
    onError,
  });
  const attach = useChannelMutation('regulatory.attach', {
    invalidates: ['regulatory', 'audit'],
    onSuccess: () => void message.success(t('regulatory.attached')),
    onError,
  });
  const download = useChannelMutation('regulatory.attachment', {
    invalidates: [],
    onSuccess: (file) => saveBlob(new Blob([base64ToBytes(file.base64)]), file.fileName),
    onError,
  });
  const onRowKey = (update: RegulatoryUpdate) => (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.key.toLowerCase() === 'a' && update.readAt === null) acknowledge.mutate({ id: update.id });
  };

  return (
    <Flex vertical gap="middle">
      <PageTitle testId="regulatory-title-page">{t('regulatory.tab')}</PageTitle>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('regulatory.intro')}</Typography.Text>
        <Flex gap="small" align="center">
          <Segmented<Shown>
            value={shown}
            onChange={setShown}
            data-testid="regulatory-filter"
            options={[
              { value: 'unread', label: t('regulatory.unread') },
              { value: 'all', label: t('regulatory.all') },
            ]}
          />
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="regulatory-add">
            {t('regulatory.add')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t('regulatory.shortcut')}</Typography.Text>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {!list.data ? (
        list.error ? null : (
          <Spin />
        )
      ) : (
        <Table<RegulatoryUpdate>
          rowKey="id"
          size="small"
          data-testid="regulatory-table"
          dataSource={list.data}
          pagination={list.data.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: shown === 'unread' ? t('regulatory.noneUnread') : t('regulatory.none') }}
          onRow={(update) =>
            ({ tabIndex: 0, onKeyDown: onRowKey(update), 'data-testid': 'regulatory-row' }) as never
          }
          columns={[
            {
              title: t('regulatory.issuedOn'),
              key: 'issued',
              width: 110,
              render: (_, u) => formats.date(u.issuedOn),
            },
            {
              title: t('regulatory.title'),
              key: 'title',
              render: (_, u) => (
                <Flex vertical>
                  <strong>{u.title}</strong>
                  <Typography.Text type="secondary">
                    {ISSUING_BODY_WORDS[u.issuer][language]}
                    {u.reference ? ` · ${u.reference}` : ''}
                    {u.effectiveOn ? ` · ${t('regulatory.effectiveOn')} ${formats.date(u.effectiveOn)}` : ''}
                  </Typography.Text>
                  {u.summary ? <span className="pre-wrap">{u.summary}</span> : null}
                  {u.link ? (
                    <a href={u.link} target="_blank" rel="noreferrer noopener">
                      {u.link}
                    </a>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('regulatory.file'),
              key: 'file',
              render: (_, u) =>
                u.attachment ? (
                  <Button
                    size="small"
                    icon={<PaperClipOutlined />}
                    onClick={() => download.mutate({ id: u.id })}
                    data-testid="regulatory-download"
                  >
                    {t('regulatory.open', { name: u.attachment.fileName })}
                  </Button>
                ) : (
                  '—'
                ),
            },
            {
              title: t('regulatory.read'),
              key: 'read',
              width: 170,
              render: (_, u) => (
                <Tooltip
                  title={
                    u.acknowledgements.length === 0
                      ? t('regulatory.noReaders')
                      : t('regulatory.readers', {
                          names: u.acknowledgements.map((a) => a.reader || '—').join('、'),
                        })
                  }
                >
                  {u.readAt === null ? (
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      loading={acknowledge.isPending && acknowledge.variables.id === u.id}
                      onClick={() => acknowledge.mutate({ id: u.id })}
                      data-testid="regulatory-ack"
                    >
                      {t('regulatory.acknowledge')}
                    </Button>
                  ) : (
                    <span data-testid="regulatory-read-at">
                      {t('regulatory.readAt', { time: formats.timestamp(u.readAt) })}
                    </span>
                  )}
                </Tooltip>
              ),
            },
            {
              title: t('regulatory.actions'),
              key: 'actions',
              render: (_, u) => (
                <Flex gap="small">
                  <Button size="small" onClick={() => setEditing(u)} data-testid="regulatory-edit">
                    {t('regulatory.edit')}
                  </Button>
                  <FilePickButton
                    accept=".pdf,.doc,.docx,.xls,.xlsx,.txt,.png,.jpg"
                    label={t('regulatory.attach')}
                    icon={<PaperClipOutlined />}
                    loading={attach.isPending && attach.variables.id === u.id}
                    testId={`regulatory-attach-${u.id}`}
                    onFile={(file) =>
                      void fileBase64(file).then((base64) =>
                        attach.mutate({
                          id: u.id,
                          version: u.version,
                          file: { fileName: file.name, base64 },
                        }),
                      )
                    }
                  />
                </Flex>
              ),
            },
          ]}
        />
      )}
      <RegulatoryUpdateDialog editing={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
