import { InboxOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';

/**
 * 封存 takes the client out of the working book (the list, tiering, 今日) and keeps everything;
 * 取消封存 brings them back. Nothing is lost either way, so it asks nothing.
 */
export function ArchiveButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const archived = Boolean(client.archivedAt);
  const archive = useChannelMutation('clients.archive', {
    invalidates: ['clients', 'audit', 'tiers', 'activities', 'kyc'],
    onSuccess: (saved) => void message.success(t(saved.archivedAt ? 'archive.archived' : 'archive.restored')),
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <Button
      icon={<InboxOutlined />}
      loading={archive.isPending}
      onClick={() => archive.mutate({ id: client.id, archived: !archived, version: client.version })}
      data-testid="client-archive"
    >
      {archived ? t('archive.restore') : t('archive.archive')}
    </Button>
  );
}
