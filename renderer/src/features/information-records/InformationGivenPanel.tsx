import { useState } from 'react';
import { Alert, Button, Card, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import {
  GIVEN_METHOD_WORDS,
  MATERIAL_KIND_WORDS,
  type InformationRecord,
} from '../../../../shared/features/information-records';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { RecordInformationGivenDialog } from './RecordInformationGivenDialog';

/** 提供資訊紀錄 on the dossier: what the client was given, newest first, and a way to record more. */
export function InformationGivenPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [recording, setRecording] = useState(false);
  const records = useChannelQuery('information.list', { clientId: client.id });
  const deleted = Boolean(client.deletedAt);
  return (
    <Card
      title={t('infoGiven.panel')}
      data-testid="info-given-panel"
      extra={
        deleted ? null : (
          <Button onClick={() => setRecording(true)} data-testid="info-given-add">
            {t('infoGiven.record')}
          </Button>
        )
      }
    >
      {records.error ? <Alert type="error" showIcon title={errorText(records.error)} /> : null}
      {!records.data ? (
        records.error ? null : (
          <Spin />
        )
      ) : records.data.length === 0 ? (
        <Typography.Text data-testid="info-given-none">{t('infoGiven.none')}</Typography.Text>
      ) : (
        <Table<InformationRecord>
          size="small"
          rowKey="id"
          data-testid="info-given-table"
          dataSource={records.data}
          pagination={records.data.length > 10 ? { pageSize: 10 } : false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('infoGiven.givenOn'), key: 'on', render: (_, r) => formats.date(r.givenOn) },
            {
              title: t('infoGiven.material'),
              key: 'material',
              render: (_, r) => (
                <>
                  {r.material.title}
                  <br />
                  <Typography.Text type="secondary">
                    {MATERIAL_KIND_WORDS[r.material.kind][language]}
                    {r.recipients.length > 1
                      ? ` · ${t('infoGiven.alsoTo', { count: r.recipients.length - 1 })}`
                      : ''}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('infoGiven.method'),
              key: 'method',
              render: (_, r) => GIVEN_METHOD_WORDS[r.method][language],
            },
            { title: t('infoGiven.givenBy'), key: 'by', render: (_, r) => r.givenBy || '—' },
          ]}
        />
      )}
      <RecordInformationGivenDialog
        open={recording}
        onClose={() => setRecording(false)}
        clients={[{ id: client.id, name: client.name }]}
      />
    </Card>
  );
}
