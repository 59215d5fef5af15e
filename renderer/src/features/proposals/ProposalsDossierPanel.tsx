import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Client } from '../../../../shared/features/clients';
import type { ProposalSummary } from '../../../../shared/features/proposals';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { proposalPaths } from './paths';
import { ProposalStateBadge } from './StateBadge';
import { useDraftProposal } from './useDraftProposal';

/** The dossier's 建議書 card: the client's proposals with their state, and 建立建議書 in one action. */
export function ProposalsDossierPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const errorText = useErrorText();
  const list = useChannelQuery('proposals.list', { clientId: client.id });
  const draft = useDraftProposal();
  return (
    <Card
      title={<h2 className="card-title">{t('nav.proposals')}</h2>}
      data-testid="proposals-panel"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          loading={draft.pending}
          onClick={() => draft.start(client.id)}
          data-testid="proposals-panel-create"
        >
          {t('proposals.create')}
        </Button>
      }
    >
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<ProposalSummary>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={list.data ?? []}
        locale={{
          emptyText: <Typography.Text type="secondary">{t('proposals.noneForClient')}</Typography.Text>,
        }}
        columns={[
          {
            title: t('proposals.number'),
            key: 'number',
            render: (_, p) => (
              <Link to={proposalPaths.proposal(p.id)} className="mono" data-testid="proposals-panel-link">
                {p.number}
              </Link>
            ),
          },
          { title: t('proposals.titleField'), dataIndex: 'title' },
          {
            title: t('proposals.state'),
            key: 'state',
            render: (_, p) => <ProposalStateBadge state={p.state} />,
          },
          { title: t('proposals.updated'), key: 'updated', render: (_, p) => formats.day(p.updatedAt) },
          {
            title: t('proposals.amount'),
            key: 'amount',
            align: 'right',
            render: (_, p) => (p.investableTwd === null ? '—' : formats.twd(p.investableTwd)),
          },
        ]}
      />
    </Card>
  );
}
