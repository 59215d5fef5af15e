import { EditOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AssetsByCurrencyChart } from '../../../../shared/charts/AssetsByCurrencyChart';
import { currencySlices } from '../../../../shared/charts/currency-slices';
import { summaryAssetsOf } from '../../../../shared/features/clients';
import { dossierPanels } from '../../app/feature-slots';
import { useFormats } from '../../app/useFormats';
import { useFxRates } from '../../app/useFxRates';
import { useErrorText } from '../../app/useErrorText';
import { savePdf } from '../../lib/download';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ArchiveButton } from './ArchiveButton';
import { DeleteClientButton } from './DeleteClientButton';
import { DossierDetails } from './DossierDetails';
import { MergeButton } from './MergeButton';
import { clientPaths } from './paths';
import { StatusTag } from './StatusTag';
import { PageTitle } from '../../app/PageTitle';

/** One client's 資料卡 on screen: every field, the assets chart, edit and PDF, then other features' cards. */
export function DossierPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const rates = useFxRates();
  const formats = useFormats();
  const navigate = useNavigate();
  const { data: client, error } = useChannelQuery('clients.get', { id });

  if (error && !client) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!client) return <Spin />;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small">
          <PageTitle testId="dossier-name">{client.deletedAt ? t('clients.deleted') : client.name}</PageTitle>
          <StatusTag status={client.status} />
          {client.isDemo ? (
            <span className="status-badge demo-badge" data-testid="demo-badge">
              {t('clients.demo')}
            </span>
          ) : null}
          {client.archivedAt ? (
            <span className="status-badge" data-testid="archived-badge">
              {t('clients.archived')}
            </span>
          ) : null}
        </Flex>
        <Flex gap="small" wrap>
          {client.deletedAt ? null : (
            <>
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(clientPaths.edit(client.id))}
                data-testid="dossier-edit"
              >
                {t('dossier.edit')}
              </Button>
              <PdfButton clientId={client.id} />
              <ArchiveButton client={client} />
              <MergeButton client={client} />
            </>
          )}
          <DeleteClientButton client={client} />
        </Flex>
      </Flex>
      <Flex gap="middle" wrap align="flex-start">
        <Card className="dossier-details" title={t('dossier.basic')}>
          <DossierDetails client={client} />
        </Card>
        <Card
          className="dossier-chart"
          title={t('dossier.assetsByCurrency')}
          extra={
            rates ? (
              <Typography.Text type="secondary">
                {t('dossier.ratesAsOf', { date: formats.date(rates.asOf) })}
              </Typography.Text>
            ) : null
          }
        >
          {rates ? (
            <AssetsByCurrencyChart
              slices={currencySlices(summaryAssetsOf(client), rates, formats.twd, t('dossier.noRate'))}
              width={420}
              height={240}
              animate={false}
              emptyText={t('dossier.noAssets')}
            />
          ) : (
            <Spin />
          )}
        </Card>
      </Flex>
      {dossierPanels().map(({ key, Panel }) => (
        <Panel key={key} client={client} />
      ))}
    </Flex>
  );
}

function PdfButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  // Printing changes no client data, only the audit trail.
  const pdf = useChannelMutation('clients.dossierPdf', {
    invalidates: ['audit'],
    onSuccess: (value) => savePdf(value.pdfBase64, value.fileName),
    onError: (error) => void message.error(errorText(error)),
  });

  return (
    <Button
      type="primary"
      icon={<FilePdfOutlined />}
      loading={pdf.isPending}
      onClick={() => pdf.mutate({ id: clientId })}
      data-testid="dossier-pdf"
    >
      {t('dossier.pdf')}
    </Button>
  );
}
