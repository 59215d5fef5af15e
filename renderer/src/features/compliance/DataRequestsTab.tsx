import { useState } from 'react';
import { Alert, Button, Flex, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  DATA_REQUEST_KIND_WORDS,
  DATA_REQUEST_STATE_WORDS,
  IDENTITY_METHOD_WORDS,
  type DataRequest,
} from '../../../../shared/features/compliance';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { CopyPackageDialog } from './CopyPackageDialog';
import { AddDataRequestDialog, CloseDataRequestDialog, DeleteClientDialog } from './DataRequestDialogs';
import { DeadlineTag } from './DeadlineTag';
import { ExtendDataRequestDialog } from './ExtendDataRequestDialog';
import { receivedColumns } from './log-columns';

/** 合規 › 個資請求: requests to see, copy, correct, stop use or delete, with deadlines and outcomes. */
export function DataRequestsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [openOnly, setOpenOnly] = useState(true);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<DataRequest | null>(null);
  const [deleting, setDeleting] = useState<DataRequest | null>(null);
  const [extending, setExtending] = useState<DataRequest | null>(null);
  const list = useChannelQuery('privacy.requests', openOnly ? { openOnly } : {});
  const [copying, setCopying] = useState<DataRequest | null>(null);

  const columns: TableColumnsType<DataRequest> = [
    ...receivedColumns<DataRequest>(t, formats),
    {
      title: t('dataRequests.kind'),
      key: 'kind',
      width: 170,
      render: (_, r) => DATA_REQUEST_KIND_WORDS[r.kind][language],
    },
    {
      title: t('dataRequests.identity'),
      key: 'identity',
      width: 170,
      render: (_, r) => `${r.identityCheckedBy} · ${IDENTITY_METHOD_WORDS[r.identityMethod][language]}`,
    },
    {
      title: t('dataRequests.due'),
      key: 'due',
      width: 140,
      render: (_, r) => (
        <Flex vertical>
          <DeadlineTag day={r.dueOn} overdue={r.overdue} testId="data-request-due" />
          {r.extension ? (
            <>
              <Typography.Text type="secondary" data-testid="data-request-extended">
                {t('dataRequests.extendedFrom', { day: formats.date(r.extension.previousDueOn) })}
              </Typography.Text>
              <Typography.Text type="secondary" data-testid="data-request-extended-why">
                {t('dataRequests.extendedWhy', {
                  day: formats.date(r.extension.extendedOn),
                  reason: r.extension.reason,
                })}
              </Typography.Text>
            </>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('dataRequests.outcome'),
      key: 'outcome',
      render: (_, r) => (
        <Flex vertical>
          <span>{DATA_REQUEST_STATE_WORDS[r.state][language]}</span>
          {r.outcome ? <Typography.Text type="secondary">{r.outcome}</Typography.Text> : null}
          {r.retainedUntil ? (
            <Typography.Text type="secondary" data-testid="data-request-retained">
              {t('dataRequests.retainedUntil', { day: formats.date(r.retainedUntil) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('complaints.actions'),
      key: 'actions',
      width: 220,
      render: (_, r) =>
        r.state !== 'open' ? null : (
          <Flex gap="small" wrap>
            {r.kind === 'see' || r.kind === 'copy' ? (
              <Button size="small" onClick={() => setCopying(r)} data-testid="data-request-copy">
                {t('dataRequests.copy')}
              </Button>
            ) : null}
            {r.kind === 'delete' ? (
              <Button size="small" danger onClick={() => setDeleting(r)} data-testid="data-request-delete">
                {t('dataRequests.delete')}
              </Button>
            ) : null}
            {r.extension === null ? (
              <Button size="small" onClick={() => setExtending(r)} data-testid="data-request-extend">
                {t('dataRequests.extend')}
              </Button>
            ) : null}
            <Button size="small" onClick={() => setClosing(r)} data-testid="data-request-close">
              {t('dataRequests.close')}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('dataRequests.intro')}</Typography.Text>
        <Flex gap="small" align="center">
          <label className="inline-switch">
            <Switch checked={openOnly} onChange={setOpenOnly} data-testid="data-requests-open-only" />{' '}
            {t('dataRequests.openOnly')}
          </label>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="data-request-add"
          >
            {t('dataRequests.add')}
          </Button>
        </Flex>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error.info)} /> : null}
      <Table<DataRequest>
        data-testid="data-requests-table"
        size="small"
        rowKey="id"
        loading={list.isFetching && !list.error}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('dataRequests.none')}</Typography.Text> }}
      />
      <AddDataRequestDialog open={adding} onClose={() => setAdding(false)} />
      <CloseDataRequestDialog request={closing} onClose={() => setClosing(null)} />
      <DeleteClientDialog request={deleting} onClose={() => setDeleting(null)} />
      <ExtendDataRequestDialog request={extending} onClose={() => setExtending(null)} />
      <CopyPackageDialog request={copying} onClose={() => setCopying(null)} />
    </Flex>
  );
}
