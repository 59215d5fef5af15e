import { useState } from 'react';
import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DECK_KIND_WORDS, type DeckSummary } from '../../../../shared/features/briefings';
import { useLanguage } from '../../app/language';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { NewDeckDialog } from './NewDeckDialog';
import { briefingPaths } from './paths';

/** 市場簡報: every deck, most recently saved first; new from a template, copy, delete. */
export function DeckListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const formats = useFormats();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<DeckSummary | null>(null);
  const list = useChannelQuery('briefings.list', {});
  const copy = useChannelMutation('briefings.copy', {
    onSuccess: (deck) => void message.success(t('briefings.copied', { title: deck.title })),
    onError: (error) => void message.error(errorText(error)),
  });
  const remove = useChannelMutation('briefings.delete', {
    onSuccess: () => {
      setDeleting(null);
      void message.success(t('briefings.deleted'));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  const columns: TableColumnsType<DeckSummary> = [
    {
      title: t('briefings.deckTitle'),
      key: 'title',
      render: (_, d) => (
        <Link to={briefingPaths.editor(d.id)} data-testid="deck-link">
          {d.title}
        </Link>
      ),
    },
    { title: t('briefings.template'), key: 'kind', render: (_, d) => DECK_KIND_WORDS[d.kind][language] },
    { title: t('briefings.client'), key: 'client', render: (_, d) => d.clientName ?? '—' },
    { title: t('briefings.savedAt'), key: 'saved', render: (_, d) => formats.timestamp(d.savedAt) },
    {
      title: t('briefings.version'),
      key: 'version',
      align: 'right',
      render: (_, d) => <span data-testid="deck-version">{d.version}</span>,
    },
    { title: t('briefings.slideCount'), dataIndex: 'slideCount', align: 'right' },
    {
      title: t('briefings.actions'),
      key: 'actions',
      render: (_, d) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<CopyOutlined />}
            loading={copy.isPending && copy.variables?.id === d.id}
            onClick={() => copy.mutate({ id: d.id })}
            aria-label={`${t('briefings.copy')} ${d.title}`}
            data-testid="deck-copy"
          >
            {t('briefings.copy')}
          </Button>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() => setDeleting(d)}
            aria-label={`${t('briefings.delete')} ${d.title}`}
            data-testid="deck-delete"
          >
            {t('briefings.delete')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle testId="briefings-title">{t('nav.briefings')}</PageTitle>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="deck-new"
        >
          {t('briefings.new')}
        </Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<DeckSummary>
        data-testid="deck-table"
        size="middle"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(d) => ({ onDoubleClick: () => void navigate(briefingPaths.editor(d.id)) })}
        locale={{ emptyText: <Typography.Text type="secondary">{t('briefings.none')}</Typography.Text> }}
      />
      <NewDeckDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        open={deleting !== null}
        title={t('briefings.deleteTitle', { title: deleting?.title ?? '' })}
        onCancel={() => setDeleting(null)}
        ok={{
          text: t('briefings.delete'),
          onClick: () => deleting && remove.mutate({ id: deleting.id }),
          loading: remove.isPending,
          testId: 'deck-delete-confirm',
        }}
      >
        <p>{t('briefings.deleteBody')}</p>
      </ConfirmModal>
    </Flex>
  );
}
