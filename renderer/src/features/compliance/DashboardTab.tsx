import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardCard } from '../../../../shared/features/compliance';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';

/**
 * What a card says: `dashboard.<key>.title`, and `.value` / `.alert` with {{count}} and
 * {{figure}}. A feature adding a source adds these keys to its locales.
 */
function CardBody({ card }: { card: DashboardCard }) {
  const { t, i18n } = useTranslation();
  const key = (part: string) => `dashboard.${card.key}.${part}`;
  const values = { count: card.count ?? 0, figure: card.figure ?? 0 };
  const line = card.count === null && card.figure === null ? key('none') : key('value');
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong className="dashboard-card-figure">
        {t(line, values)}
      </Typography.Text>
      {card.alert && i18n.exists(key('alert')) ? (
        <Typography.Text type="danger">{t(key('alert'), values)}</Typography.Text>
      ) : null}
    </Flex>
  );
}

/** 合規's first tab: one card per source (KYC due, overrides, complaints, requests, audit chain, backup), each opening its list. */
export function DashboardTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cards = useChannelQuery('compliance.dashboard', {});
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{t('dashboard.intro')}</Typography.Text>
      {cards.error ? <Alert type="error" showIcon title={errorText(cards.error.info)} /> : null}
      <div className="dashboard-grid" data-testid="compliance-dashboard">
        {(cards.data ?? []).map((card) => (
          <Link
            key={card.key}
            to={card.path}
            className="dashboard-card-link"
            data-testid={`dashboard-card-${card.key}`}
          >
            <Card
              size="small"
              title={t(`dashboard.${card.key}.title`)}
              className={card.alert ? 'dashboard-card dashboard-card-alert' : 'dashboard-card'}
              loading={cards.isFetching && !cards.data}
            >
              <CardBody card={card} />
            </Card>
          </Link>
        ))}
      </div>
    </Flex>
  );
}
