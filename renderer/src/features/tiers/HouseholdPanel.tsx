import { Alert, Card, Descriptions, Flex, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_LABELS, type Client } from '../../../../shared/features/clients';
import { ASSET_SOURCE_WORDS, type Household } from '../../../../shared/features/tiers';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { HouseholdActivities } from './HouseholdActivities';
import { useTierName } from './useTierNames';

type Member = Household['members'][number];

/**
 * 家庭資產與分級 on the dossier, for a client with household links: each member's assets in TWD
 * (holdings or stated), the total at the firm's stated rates and their date, and the household's
 * tier by the total, and the members' activities together.
 */
export function HouseholdPanel({ client }: { client: Client }) {
  if (client.household.length === 0) return null;
  return <HouseholdCard client={client} />;
}

function HouseholdCard({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const tierName = useTierName();
  const household = useChannelQuery('tiers.household', { clientId: client.id });
  const data = household.data;
  const missing = [...new Set(data?.members.flatMap((m) => m.missing) ?? [])];

  return (
    <Card title={t('tiers.householdTitle')} data-testid="household-panel">
      {household.error ? <Alert type="error" showIcon title={errorText(household.error)} /> : null}
      {!data ? (
        household.error ? null : (
          <Spin />
        )
      ) : (
        <Flex vertical gap="middle">
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('tiers.householdTotal')}>
              <span data-testid="household-total">{formats.twd(data.totalTwd)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('tiers.householdTier')}>
              <Tag data-testid="household-tier">{tierName(data.tierKey)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('tiers.rates', { date: formats.date(data.fxAsOf) })}>
              {data.rates
                .map((rate) => `${rate.currency} ${rate.toTwd}`)
                .join(language === 'en' ? ', ' : '、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('tiers.lastContact')}>
              {data.lastContact ? formats.date(data.lastContact) : t('tiers.never')}
            </Descriptions.Item>
          </Descriptions>
          {missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('tiers.missingRate', { currencies: missing.join(', ') })}
            />
          ) : null}
          <Table<Member>
            size="small"
            pagination={false}
            rowKey="clientId"
            dataSource={data.members}
            data-testid="household-members"
            columns={[
              { key: 'name', title: t('tiers.member'), render: (_, row) => row.name },
              {
                key: 'relation',
                title: t('tiers.relation'),
                render: (_, row) =>
                  row.relation ? CLIENT_LABELS[language].relation[row.relation] : t('tiers.self'),
              },
              {
                key: 'assets',
                title: t('tiers.assets'),
                align: 'right',
                render: (_, row) => formats.twd(row.assetsTwd),
              },
              {
                key: 'source',
                title: t('tiers.source'),
                render: (_, row) => ASSET_SOURCE_WORDS[row.source][language],
              },
              {
                key: 'contact',
                title: t('tiers.lastContact'),
                render: (_, row) => (row.lastContact ? formats.date(row.lastContact) : t('tiers.never')),
              },
            ]}
          />
          <HouseholdActivities household={data} />
        </Flex>
      )}
    </Card>
  );
}
