import { useState } from 'react';
import { FileDoneOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../../../shared/features/briefings';
import { useChannelQuery } from '../../lib/queries';
import { RecordInformationGivenDialog } from '../information-records';

/**
 * 登錄提供資訊: records that this deck was presented or sent, to whom and how (O2.2.1). A
 * client-specific deck starts with its client as the recipient.
 */
export function RecordDeckGivenButton({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const client = useChannelQuery(
    'clients.get',
    { id: deck.clientId ?? '' },
    { enabled: deck.clientId !== null },
  );
  const clients = client.data ? [{ id: client.data.id, name: client.data.name }] : [];
  return (
    <>
      <Button icon={<FileDoneOutlined />} onClick={() => setOpen(true)} data-testid="deck-record-given">
        {t('deckEditor.recordGiven')}
      </Button>
      {open ? (
        <RecordInformationGivenDialog
          open
          onClose={() => setOpen(false)}
          material={{ kind: 'deck', refId: deck.id, title: deck.title }}
          clients={clients}
          method="meeting"
        />
      ) : null}
    </>
  );
}
