import { Button, Flex, Modal, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeckVersion } from '../../../../shared/features/briefings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';

/** 版本紀錄: every saved version, newest first; open one read-only, or restore it as the newest. */
export function VersionHistory({
  deckId,
  open,
  current,
  restoring,
  onClose,
  onView,
  onRestore,
}: {
  deckId: string;
  open: boolean;
  /** The version the editor shows. */
  current: number;
  restoring: boolean;
  onClose: () => void;
  onView: (version: number) => void;
  onRestore: (version: number) => void;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const errorText = useErrorText();
  const versions = useChannelQuery('briefings.versions', { id: deckId }, { enabled: open });
  const latest = versions.data?.items[0]?.version;
  const columns: TableColumnsType<DeckVersion> = [
    {
      title: t('briefings.version'),
      key: 'version',
      render: (_, v) => (
        <>
          {t('briefings.versionN', { version: v.version })}
          {v.restoredFrom === null ? null : ` ${t('deckEditor.restoredFrom', { version: v.restoredFrom })}`}
        </>
      ),
    },
    { title: t('briefings.deckTitle'), dataIndex: 'title' },
    { title: t('briefings.slideCount'), dataIndex: 'slideCount', align: 'right' },
    {
      title: t('briefings.savedAt'),
      key: 'saved',
      render: (_, v) => `${formats.timestamp(v.savedAt)} · ${v.savedBy}`,
    },
    {
      title: t('briefings.actions'),
      key: 'actions',
      render: (_, v) => (
        <Flex gap={4}>
          <Button
            size="small"
            disabled={v.version === current}
            onClick={() => onView(v.version)}
            data-testid="deck-version-view"
          >
            {t('deckEditor.viewVersion')}
          </Button>
          {v.version === latest ? null : (
            <Button
              size="small"
              loading={restoring}
              onClick={() => onRestore(v.version)}
              data-testid="deck-version-restore"
            >
              {t('deckEditor.restore')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Modal open={open} title={t('deckEditor.history')} onCancel={onClose} footer={null} width={860}>
      {versions.error ? errorText(versions.error) : null}
      <Table<DeckVersion>
        data-testid="deck-versions"
        size="small"
        rowKey="version"
        loading={versions.isLoading}
        dataSource={versions.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Modal>
  );
}
