import { Alert, Button, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../../shared/features/clients';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { ClearReviewForm } from './ClearReviewForm';
import { ConfirmForm } from './ConfirmForm';
import { KycHistory } from './KycHistory';
import { kycPaths } from './paths';
import { KycStateTag } from './StateTag';
import { useKycWords } from './useKycWords';

/** The dossier's 風險屬性 card: the current grade and its state, what to do next, every assessment. */
export function KycDossierPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const formats = useFormats();
  const { grade } = useKycWords();
  const standing = useChannelQuery('kyc.profile', { clientId: client.id });
  const history = useChannelQuery('kyc.history', { clientId: client.id });
  const error = standing.error ?? history.error;
  const latest = history.data?.[0];

  return (
    <Card
      title={<span data-testid="kyc-panel-title">{t('kyc.panel')}</span>}
      data-testid="kyc-panel"
      extra={
        standing.data ? (
          <Button
            type={standing.data.reassessmentOffered ? 'primary' : 'default'}
            onClick={() => void navigate(kycPaths.take(client.id))}
            data-testid="kyc-take"
          >
            {standing.data.profile ? t('kyc.retake') : t('kyc.take')}
          </Button>
        ) : null
      }
    >
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {!standing.data || !history.data ? (
        error ? null : (
          <Spin />
        )
      ) : (
        <Flex vertical gap="middle">
          {standing.data.profile === null ? (
            <Typography.Text data-testid="kyc-none">{t('kyc.none')}</Typography.Text>
          ) : (
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 4 }}
              items={[
                {
                  key: 'grade',
                  label: t('kyc.grade'),
                  children: (
                    <Typography.Text strong data-testid="kyc-grade">
                      {grade(standing.data.profile.grade)}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'state',
                  label: t('kyc.state'),
                  children: (
                    <Flex gap="small" wrap>
                      <KycStateTag state={standing.data.state} />
                      {standing.data.expiringSoon && standing.data.state !== 'expired' ? (
                        <span className="status-badge status-dormant">{t('kyc.expiringSoon')}</span>
                      ) : null}
                      {standing.data.profile.elderly ? (
                        <span className="status-badge">{t('kyc.elderly')}</span>
                      ) : null}
                    </Flex>
                  ),
                },
                {
                  key: 'takenOn',
                  label: t('kyc.takenOn'),
                  children: formats.date(standing.data.profile.takenOn),
                },
                {
                  key: 'validUntil',
                  label: t('kyc.validUntil'),
                  children: (
                    <span data-testid="kyc-valid-until">
                      {formats.date(standing.data.profile.validUntil)}
                    </span>
                  ),
                },
              ]}
            />
          )}
          {standing.data.state === 'expired' ? (
            <Alert type="error" showIcon title={t('kyc.expiredHint')} />
          ) : null}
          {standing.data.materialChange ? (
            <Alert
              type="warning"
              showIcon
              title={t('kyc.materialChange')}
              data-testid="kyc-material-change"
            />
          ) : null}
          {standing.data.elderlyQuestionsMissing ? (
            <Alert
              type="warning"
              showIcon
              title={t('kyc.elderlyQuestionsMissing')}
              data-testid="kyc-elderly-questions-missing"
            />
          ) : null}
          {latest && !latest.confirmation && standing.data.state !== 'expired' ? (
            <Flex vertical gap="small" data-testid="kyc-panel-confirm">
              <Typography.Text strong>{t('kyc.confirmTitle')}</Typography.Text>
              <ConfirmForm assessment={latest} onConfirmed={() => undefined} />
            </Flex>
          ) : null}
          {latest && latest.flags.length > 0 && !latest.review ? (
            <ClearReviewForm assessment={latest} />
          ) : null}
          {history.data.length > 0 ? <KycHistory assessments={history.data} /> : null}
        </Flex>
      )}
    </Card>
  );
}
