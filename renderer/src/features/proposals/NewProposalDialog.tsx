import { useState } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { ClientPicker } from '../clients';
import { useDraftProposal } from './useDraftProposal';

/** 新建議書: pick the client; the first draft (model portfolio, preferred products, goals) is one action. */
export function NewProposalDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState<string | undefined>(undefined);
  const draft = useDraftProposal();
  const start = () => {
    if (clientId) draft.start(clientId);
  };
  return (
    <ConfirmModal
      open={open}
      title={t('proposals.new')}
      onCancel={onClose}
      destroyOnHidden
      ok={{
        text: t('proposals.draft'),
        onClick: start,
        loading: draft.pending,
        disabled: !clientId,
        testId: 'proposal-draft',
      }}
    >
      <Flex vertical gap="small">
        <label htmlFor="proposal-client">{t('proposals.client')}</label>
        <ClientPicker
          id="proposal-client"
          value={clientId}
          knownNames={{}}
          placeholder={t('proposals.clientPlaceholder')}
          onChange={setClientId}
        />
        <Typography.Text type="secondary">{t('proposals.draftIntro')}</Typography.Text>
      </Flex>
    </ConfirmModal>
  );
}
