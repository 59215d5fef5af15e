import type { ReactNode } from 'react';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { summaryAssetsOf, type Client } from '../../../../shared/features/clients/schema';
import { totalTwd } from '../../../../shared/kernel/money';
import { useFormats } from '../../app/useFormats';
import { useFxRates } from '../../app/useFxRates';
import { NationalIdReveal } from './NationalIdReveal';
import { clientPaths } from './paths';

/** Every field of the dossier, money and dates in the firm's formats. */
export function DossierDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const rates = useFxRates();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const text = (value: string | null): ReactNode => value ?? dash;
  const timestamp = (instant: string) => formats.timestamp(instant, 'long');
  const assets = summaryAssetsOf(client);
  const fromHoldings = client.assetsFromHoldings;

  const items: { key: string; label: string; children: ReactNode; span?: number }[] = [
    {
      key: 'nationalId',
      label: t('client.nationalId'),
      children: <NationalIdReveal clientId={client.id} masked={client.nationalIdMasked} />,
    },
    {
      key: 'birthDate',
      label: t('client.birthDate'),
      children: client.birthDate ? formats.date(client.birthDate, 'long') : dash,
    },
    { key: 'gender', label: t('client.gender'), children: t(`gender.${client.gender}`) },
    { key: 'phone', label: t('client.phone'), children: text(client.phone) },
    { key: 'email', label: t('client.email'), children: text(client.email) },
    { key: 'address', label: t('client.address'), children: text(client.address), span: 2 },
    { key: 'occupation', label: t('client.occupation'), children: text(client.occupation) },
    { key: 'employer', label: t('client.employer'), children: text(client.employer) },
    {
      key: 'annualIncomeTwd',
      label: t('client.annualIncomeTwd'),
      children: client.annualIncomeTwd === null ? dash : formats.twd(client.annualIncomeTwd),
    },
    {
      key: 'investableAssets',
      label: t('client.investableAssets'),
      children:
        assets.length === 0 ? (
          dash
        ) : (
          <Space orientation="vertical" size={0} data-testid="dossier-assets">
            {assets.map((h) => (
              <span key={h.currency}>{formats.money(h.amount, h.currency)}</span>
            ))}
            <Typography.Text strong>
              {t('dossier.totalTwd', {
                amount: rates ? formats.total(totalTwd(assets, rates.toTwd)) : '…',
              })}
            </Typography.Text>
            {fromHoldings ? (
              <Typography.Text type="secondary" data-testid="dossier-assets-from-holdings">
                {t('dossier.fromHoldings', { date: formats.date(fromHoldings.fxAsOf) })}
              </Typography.Text>
            ) : null}
          </Space>
        ),
    },
    { key: 'sourceOfWealth', label: t('client.sourceOfWealth'), children: text(client.sourceOfWealth) },
    {
      key: 'acquisitionSource',
      label: t('client.acquisitionSource'),
      children: t(`acquisition.${client.acquisitionSource}`),
    },
    { key: 'advisor', label: t('client.advisor'), children: text(client.advisor) },
    {
      key: 'tags',
      label: t('client.tags'),
      children: client.tags.length === 0 ? dash : client.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      key: 'household',
      label: t('client.household'),
      span: 2,
      children:
        client.household.length === 0 ? (
          dash
        ) : (
          <Space wrap>
            {client.household.map((link) => (
              <Link key={link.clientId} to={clientPaths.dossier(link.clientId)} data-testid="household-link">
                {t('dossier.householdLink', { name: link.name, relation: t(`relation.${link.relation}`) })}
              </Link>
            ))}
          </Space>
        ),
    },
    {
      key: 'notes',
      label: t('client.notes'),
      span: 2,
      children: client.notes ? <span className="pre-wrap">{client.notes}</span> : dash,
    },
    { key: 'createdAt', label: t('client.createdAt'), children: timestamp(client.createdAt) },
    { key: 'updatedAt', label: t('client.updatedAt'), children: timestamp(client.updatedAt) },
  ];

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
    />
  );
}
