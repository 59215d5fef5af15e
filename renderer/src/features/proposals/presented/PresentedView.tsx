import { useState } from 'react';
import { CopyOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Proposal, ProposalFacts } from '../../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS, productName } from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';
import { PageTitle } from '../../../app/PageTitle';
import { useErrorText } from '../../../app/useErrorText';
import { useFormats } from '../../../app/useFormats';
import { useChannelMutation } from '../../../lib/queries';
import { AnalysisView } from '../AnalysisView';
import { ClientHeader } from '../authoring/ClientHeader';
import { FindingsList, VerdictBadge } from '../FindingsList';
import { proposalPaths } from '../paths';
import { ProposalStateBadge } from '../StateBadge';
import { DecisionDialog } from './DecisionDialog';
import { DecisionSummary } from './DecisionSummary';
import { PdfCard } from './PdfCard';

type Row = ProposalFacts['content']['items'][number];

/**
 * A presented (or decided, or expired) proposal: exactly its frozen snapshot, read-only, with the
 * PDF it was presented with, the client's decision to record and a new version to start from it.
 */
export function PresentedView({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [deciding, setDeciding] = useState(false);
  const revise = useChannelMutation('proposals.newVersion', {
    invalidates: ['proposals.list', 'proposals.get'],
    onSuccess: (draft) => void navigate(proposalPaths.proposal(draft.id)),
    onError: (error) => void message.error(errorText(error)),
  });
  const facts = proposal.snapshot;
  const content = facts?.content ?? proposal.content;
  const productOf = (id: string) => facts?.products.find((p) => p.id === id);

  return (
    <Flex vertical gap="middle" className="proposal-page" data-testid="proposal-presented">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small" wrap>
          <PageTitle testId="proposal-title">
            {t('proposals.viewTitle', { number: proposal.number })}
          </PageTitle>
          <ProposalStateBadge state={proposal.state} />
        </Flex>
        <Flex gap="small" wrap>
          {proposal.state === 'presented' ? (
            <Button
              type="primary"
              icon={<FormOutlined />}
              onClick={() => setDeciding(true)}
              data-testid="proposal-decide"
            >
              {t('proposals.recordDecision')}
            </Button>
          ) : null}
          <Button
            icon={<CopyOutlined />}
            loading={revise.isPending}
            onClick={() => revise.mutate({ id: proposal.id })}
            data-testid="proposal-new-version"
          >
            {t('proposals.newVersion')}
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        <ClientHeader
          clientId={proposal.clientId}
          clientName={proposal.clientName}
          kyc={facts?.kyc ?? null}
          kycState={facts?.kyc ? undefined : 'none'}
          assumptionsVersion={content.assumptionsVersion}
        />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'title', label: t('proposals.titleField'), children: content.title },
            {
              key: 'presented',
              label: t('proposals.presentedOn'),
              children: proposal.presentedOn ? formats.date(proposal.presentedOn) : '—',
            },
            {
              key: 'expires',
              label: t('proposals.expiresOn'),
              children: proposal.expiresOn ? formats.date(proposal.expiresOn) : '—',
            },
          ]}
        />
      </Card>
      {proposal.decision ? <DecisionSummary proposal={proposal} /> : null}
      <div className="proposal-authoring">
        <Flex vertical gap="middle" className="proposal-editor">
          <Card size="small" title={<h2 className="card-title">{t('proposals.items')}</h2>}>
            <Table<Row>
              size="small"
              pagination={false}
              rowKey="productId"
              data-testid="proposal-snapshot-items"
              dataSource={content.items}
              columns={[
                {
                  title: t('proposals.product'),
                  key: 'product',
                  render: (_, item) => {
                    const product = productOf(item.productId);
                    return product ? `${product.code} ${productName(product, language)}` : item.productId;
                  },
                },
                {
                  title: t('proposals.assetClass'),
                  key: 'class',
                  render: (_, item) => ASSET_CLASS_WORDS[item.assetClass][language],
                },
                {
                  title: 'RR',
                  key: 'rr',
                  render: (_, item) => {
                    const product = productOf(item.productId);
                    return product ? `RR${product.riskRating} · ${product.currency}` : '—';
                  },
                },
                {
                  title: t('proposals.weight'),
                  key: 'weight',
                  align: 'right',
                  render: (_, item) => `${(item.weight * 100).toFixed(2)}%`,
                },
                {
                  title: t('proposals.rationale'),
                  key: 'rationale',
                  render: (_, item) => item.rationale ?? '',
                },
              ]}
            />
          </Card>
          {facts ? (
            <Card
              size="small"
              title={<h2 className="card-title">{t('proposals.suitability')}</h2>}
              extra={<VerdictBadge verdict={facts.suitability.verdict} />}
            >
              {facts.suitability.findings.length === 0 ? (
                <Typography.Text type="secondary">{t('proposals.noFindings')}</Typography.Text>
              ) : (
                <FindingsList findings={facts.suitability.findings} testId="proposal-snapshot-findings" />
              )}
            </Card>
          ) : null}
          <Card size="small" title={<h2 className="card-title">{t('proposals.commentary')}</h2>}>
            <Typography.Paragraph className="pre-wrap">
              {content.commentary.rationale ?? ''}
            </Typography.Paragraph>
            <Typography.Paragraph className="pre-wrap">
              {content.commentary.summary ?? ''}
            </Typography.Paragraph>
            <ul>
              {content.commentary.keyActions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
          </Card>
          <PdfCard proposal={proposal} defaultLargeType={facts?.largeType ?? false} />
        </Flex>
        {facts ? (
          <aside className="proposal-live" aria-label={t('proposals.live')}>
            <Flex vertical gap="middle">
              <AnalysisView
                analysis={facts.analysis}
                goalNames={content.goals.map((g) => g.name)}
                startDay={facts.day}
              />
            </Flex>
          </aside>
        ) : null}
      </div>
      <DecisionDialog open={deciding} proposal={proposal} onClose={() => setDeciding(false)} />
    </Flex>
  );
}
