import { useState } from 'react';
import { EditOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AssetsByCurrencyChart } from '../../../../shared/charts/AssetsByCurrencyChart';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { savePdf } from '../../lib/download';
import { DossierDetails } from './DossierDetails';
import { StatusTag } from './StatusTag';
import { useClient } from './useClient';
import { PageTitle } from '../../app/PageTitle';

/** One client's 資料卡 on screen: every field, the assets chart, edit and PDF. */
export function DossierPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const { client, error } = useClient(id);

  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!client) return <Spin />;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small">
          <PageTitle testId="dossier-name">{client.name}</PageTitle>
          <StatusTag status={client.status} />
        </Flex>
        <Flex gap="small">
          <Button
            icon={<EditOutlined />}
            onClick={() => navigate({ name: 'clientEdit', id: client.id })}
            data-testid="dossier-edit"
          >
            {t('dossier.edit')}
          </Button>
          <PdfButton clientId={client.id} />
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
            <Typography.Text type="secondary">
              {t('dossier.ratesAsOf', { date: settings.fxRates.asOf })}
            </Typography.Text>
          }
        >
          <AssetsByCurrencyChart
            holdings={client.investableAssets}
            rates={settings.fxRates}
            width={420}
            height={240}
            animate={false}
            labels={{ empty: t('dossier.noAssets') }}
          />
        </Card>
      </Flex>
    </Flex>
  );
}

function PdfButton({ clientId }: { clientId: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    const result = await api.invoke('clients.dossierPdf', { id: clientId });
    setBusy(false);
    if (result.ok) savePdf(result.value.pdfBase64, result.value.fileName);
    else void message.error(errorText(result.error));
  }

  return (
    <Button
      type="primary"
      icon={<FilePdfOutlined />}
      loading={busy}
      onClick={() => void download()}
      data-testid="dossier-pdf"
    >
      {t('dossier.pdf')}
    </Button>
  );
}
