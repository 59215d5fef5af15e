import { useState } from 'react';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  PROPOSAL_KIND_WORDS,
  PROPOSAL_STATE_WORDS,
  PROPOSAL_STATES,
  type ProposalState,
  type ProposalSummary,
} from '../../../../shared/features/proposals';
import { useLanguage } from '../../app/language';
import { PageTitle } from '../../app/PageTitle';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { NewProposalDialog } from './NewProposalDialog';
import { proposalPaths } from './paths';
import { ProposalStateBadge } from './StateBadge';

/** 建議書: every proposal, filtered by state; 新建議書 drafts one for a client in one action. */
export function ProposalListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [state, setState] = useState<ProposalState | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const list = useChannelQuery('proposals.list', state ? { state } : {});
  const date = (day: string | null) => (day ? formats.date(day) : '—');

  const columns: TableColumnsType<ProposalSummary> = [
    {
      title: t('proposals.number'),
      key: 'number',
      render: (_, p) => (
        <Link to={proposalPaths.proposal(p.id)} className="mono" data-testid="proposal-link">
          {p.number}
        </Link>
      ),
    },
    { title: t('proposals.client'), dataIndex: 'clientName' },
    { title: t('proposals.kind'), key: 'kind', render: (_, p) => PROPOSAL_KIND_WORDS[p.kind][language] },
    { title: t('proposals.state'), key: 'state', render: (_, p) => <ProposalStateBadge state={p.state} /> },
    { title: t('proposals.updated'), key: 'updated', render: (_, p) => formats.day(p.updatedAt) },
    { title: t('proposals.presentedOn'), key: 'presented', render: (_, p) => date(p.presentedOn) },
    { title: t('proposals.decidedOn'), key: 'decided', render: (_, p) => date(p.decidedOn) },
    {
      title: t('proposals.amount'),
      key: 'amount',
      align: 'right',
      render: (_, p) => (p.investableTwd === null ? '—' : formats.twd(p.investableTwd)),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <PageTitle testId="proposals-title">{t('nav.proposals')}</PageTitle>
        <Flex gap="small" wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="proposal-new"
          >
            {t('proposals.new')}
          </Button>
          <Button
            icon={<BarChartOutlined />}
            onClick={() => void navigate(proposalPaths.report)}
            data-testid="proposal-report-link"
          >
            {t('proposals.report')}
          </Button>
        </Flex>
      </Flex>
      <Flex gap="small" role="search" aria-label={t('proposals.filter')}>
        <Select<ProposalState>
          allowClear
          className="shelf-filter"
          value={state}
          onChange={setState}
          placeholder={t('proposals.state')}
          aria-label={t('proposals.filterState')}
          data-testid="proposal-filter-state"
          options={PROPOSAL_STATES.map((s) => ({ value: s, label: PROPOSAL_STATE_WORDS[s][language] }))}
        />
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<ProposalSummary>
        data-testid="proposal-table"
        size="middle"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(p) => ({ onDoubleClick: () => void navigate(proposalPaths.proposal(p.id)) })}
        locale={{ emptyText: <Typography.Text type="secondary">{t('proposals.none')}</Typography.Text> }}
      />
      <NewProposalDialog open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
