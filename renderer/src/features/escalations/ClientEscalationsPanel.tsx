import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import { EscalationsTab } from './EscalationsTab';
import { FeedbackTab } from './FeedbackTab';

/** On the dossier: this client's escalations and feedback, each added from here with the client fixed. */
export function ClientEscalationsPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  if (client.deletedAt) return null;
  return (
    <Card title={t('escalations.panelTitle')} size="small" data-testid="client-escalations">
      <Tabs
        size="small"
        items={[
          {
            key: 'escalations',
            label: t('escalations.tab'),
            children: <EscalationsTab clientId={client.id} />,
          },
          { key: 'feedback', label: t('feedback.tab'), children: <FeedbackTab clientId={client.id} /> },
        ]}
      />
    </Card>
  );
}
