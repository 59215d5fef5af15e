import type { ReactNode } from 'react';
import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalysedProposal } from '../../../../../shared/features/proposals';
import type { Finding } from '../../../../../shared/features/suitability';
import type { ApiError } from '../../../lib/api';
import { useErrorText } from '../../../app/useErrorText';
import { useSettings } from '../../../app/settings';
import { today } from '../../../../../shared/kernel/dates';
import { FindingsList, VerdictBadge } from '../FindingsList';
import { AnalysisView } from '../AnalysisView';

/**
 * The right-hand side of the authoring screen: whether the numbers are being computed (and how
 * long the last took), the verdict and the findings about the whole set, then the charts. The
 * previous answer stays while the next is computed.
 */
export function LivePanel({
  analysed,
  computing,
  error,
  notReady,
  goalNames,
  findingAction,
}: {
  analysed: AnalysedProposal | null;
  computing: boolean;
  error: ApiError | null;
  notReady: string | null;
  goalNames: readonly string[];
  findingAction: (finding: Finding) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { timeZone } = useSettings().settings;
  return (
    <aside className="proposal-live" aria-label={t('proposals.live')} data-testid="proposal-live">
      <Flex vertical gap="middle">
        <Card size="small">
          <Flex justify="space-between" align="center" wrap gap="small">
            <Flex gap="small" align="center">
              <Typography.Text strong>{t('proposals.suitability')}</Typography.Text>
              {analysed ? <VerdictBadge verdict={analysed.suitability.verdict} /> : null}
            </Flex>
            <Typography.Text
              type="secondary"
              aria-live="polite"
              data-testid="proposal-live-status"
              data-computing={computing}
            >
              {notReady
                ? t('proposals.liveNotSent')
                : computing
                  ? t('proposals.computing')
                  : analysed
                    ? t('proposals.computedIn', { ms: Math.round(analysed.elapsedMs) })
                    : ''}
            </Typography.Text>
          </Flex>
          {error ? (
            <Alert type="error" showIcon title={errorText(error)} data-testid="proposal-live-error" />
          ) : null}
          {analysed ? (
            <FindingsList
              findings={analysed.suitability.findings.filter((f) => f.productId === null)}
              testId="proposal-set-findings"
              action={findingAction}
            />
          ) : null}
        </Card>
        {analysed ? (
          <div className={computing ? 'proposal-charts is-computing' : 'proposal-charts'}>
            <AnalysisView analysis={analysed.analysis} goalNames={goalNames} startDay={today(timeZone)} />
          </div>
        ) : null}
      </Flex>
    </aside>
  );
}
