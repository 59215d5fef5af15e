import { useState } from 'react';
import { Alert, Button, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { clientColumn } from './clientColumn';
import {
  ESCALATION_KIND_WORDS,
  ESCALATION_SEVERITY_WORDS,
  ESCALATION_STATE_WORDS,
  type Escalation,
  type EscalationFilter,
  type EscalationState,
} from '../../../../shared/features/escalations';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { ActOnEscalationDialog, RaiseEscalationDialog } from './EscalationDialogs';

const SEVERITY_COLOUR = { critical: 'red', high: 'volcano', medium: 'gold', low: 'default' } as const;

/** The due time, marked 逾時 in words (not by colour alone) once passed. */
function DueCell({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const due = formats.timestamp(escalation.dueAt);
  return escalation.overdue ? (
    <Tag color="error" data-testid="escalation-due">
      {due} {escalation.state === 'resolved' ? t('escalations.resolvedLate') : t('escalations.overdue')}
    </Tag>
  ) : (
    <span data-testid="escalation-due">{due}</span>
  );
}

/**
 * 異常通報: anomalies with their severity, who was told, the due time by severity and every action
 * taken; unresolved ones first, the most urgent on top.
 */
export function EscalationsTab({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const [state, setState] = useState<EscalationFilter | 'all'>(clientId ? 'all' : 'unresolved');
  const [raising, setRaising] = useState(false);
  const [acting, setActing] = useState<Escalation | null>(null);
  const list = useChannelQuery('escalations.list', {
    ...(state === 'all' ? {} : { state }),
    ...(clientId ? { clientId } : {}),
  });

  const columns: TableColumnsType<Escalation> = [
    {
      title: t('escalations.raisedAt'),
      dataIndex: 'raisedAt',
      width: 150,
      render: (at: string) => formats.timestamp(at),
    },
    ...(clientId ? [] : [clientColumn<Escalation>(t)]),
    {
      title: t('escalations.what'),
      key: 'what',
      render: (_, e) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={SEVERITY_COLOUR[e.severity]}>{ESCALATION_SEVERITY_WORDS[e.severity][language]}</Tag>
            {ESCALATION_KIND_WORDS[e.kind][language]}
          </span>
          <Typography.Text>{e.description}</Typography.Text>
          <Typography.Text type="secondary">
            {t('escalations.toldLine', { whom: e.toldWhom, at: formats.timestamp(e.toldAt) })}
          </Typography.Text>
          {e.actions.map((action, index) => (
            <Typography.Text type="secondary" key={index}>
              {t('escalations.actionLine', {
                at: formats.timestamp(action.at),
                by: action.by,
                text: action.text,
                state: ESCALATION_STATE_WORDS[action.state][language],
              })}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: t('escalations.state'),
      dataIndex: 'state',
      width: 90,
      render: (s: EscalationState) => ESCALATION_STATE_WORDS[s][language],
    },
    { title: t('escalations.due'), key: 'due', width: 170, render: (_, e) => <DueCell escalation={e} /> },
    {
      title: t('escalations.actions'),
      key: 'actions',
      width: 110,
      render: (_, e) =>
        e.state === 'resolved' ? (
          formats.timestamp(e.resolvedAt!)
        ) : (
          <Button size="small" onClick={() => setActing(e)} data-testid="escalation-act">
            {t('escalations.actAction')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t('escalations.intro')}</Typography.Text>
        <Flex gap="small">
          <Segmented<EscalationFilter | 'all'>
            aria-label={t('escalations.state')}
            value={state}
            onChange={setState}
            options={[
              { value: 'unresolved', label: t('escalations.unresolved') },
              { value: 'resolved', label: ESCALATION_STATE_WORDS.resolved[language] },
              { value: 'all', label: t('escalations.all') },
            ]}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRaising(true)}
            data-testid="escalation-raise"
          >
            {t('escalations.raise')}
          </Button>
        </Flex>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error.info)} /> : null}
      <Table<Escalation>
        data-testid="escalations-table"
        size="small"
        rowKey="id"
        loading={list.isFetching && !list.error}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('escalations.none')}</Typography.Text> }}
      />
      <RaiseEscalationDialog
        open={raising}
        onClose={() => setRaising(false)}
        {...(clientId ? { clientId } : {})}
      />
      <ActOnEscalationDialog escalation={acting} onClose={() => setActing(null)} />
    </Flex>
  );
}
