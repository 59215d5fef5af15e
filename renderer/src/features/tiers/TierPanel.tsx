import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import {
  SERVICE_KIND_WORDS,
  TIER_CHANGE_CAUSE_WORDS,
  overrideInputSchema,
  type ServiceDue,
  type TierChange,
} from '../../../../shared/features/tiers';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { issuesToFieldErrors } from '../../lib/fieldErrors';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { useTierName } from './useTierNames';

interface OverrideValues {
  tierKey?: string;
  reason?: string;
}

/**
 * 客戶分級與服務計畫 on the dossier: the tier in effect (automatic or set by hand, with its reason),
 * the plan and its next due dates, the manual override, and every tier change.
 */
export function TierPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const tierName = useTierName();
  const { tiers } = useSettings().settings;
  const [form] = Form.useForm<OverrideValues>();
  const [editing, setEditing] = useState(false);
  const tier = useChannelQuery('tiers.ofClient', { clientId: client.id });
  const override = useChannelMutation('tiers.override', { onSuccess: () => setEditing(false) });
  const data = tier.data;

  function submit() {
    const values = form.getFieldsValue(true) as OverrideValues;
    const input = { clientId: client.id, tierKey: values.tierKey ?? null, reason: values.reason ?? '' };
    const parsed = overrideInputSchema.safeParse(input);
    if (!parsed.success) {
      form.setFields(issuesToFieldErrors(parsed.error.issues, language).fields as never);
      return;
    }
    override.mutate(parsed.data);
  }

  return (
    <Card title={t('tiers.panelTitle')} data-testid="tier-panel">
      {tier.error ? <Alert type="error" showIcon title={errorText(tier.error)} /> : null}
      {!data ? (
        tier.error ? null : (
          <Spin />
        )
      ) : (
        <Flex vertical gap="middle">
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('tiers.current')}>
              <Tag data-testid="tier-current">{tierName(data.tierKey)}</Tag>
              {data.override ? t('tiers.overrideBy', { reason: data.override.reason }) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('tiers.automatic')}>{tierName(data.automaticKey)}</Descriptions.Item>
            <Descriptions.Item label={t('tiers.assets')}>{formats.twd(data.assetsTwd)}</Descriptions.Item>
            <Descriptions.Item label={t('tiers.since')}>{formats.date(data.since)}</Descriptions.Item>
            <Descriptions.Item label={t('tiers.plan')}>
              {t('tiers.planSummary', {
                days: data.plan.contactEveryDays,
                months: data.plan.reviewEveryMonths,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('tiers.birthday')}>
              {data.plan.birthdayGreeting ? t('tiers.yes') : t('tiers.no')}
            </Descriptions.Item>
          </Descriptions>
          <Table<ServiceDue>
            size="small"
            pagination={false}
            rowKey="kind"
            dataSource={data.due}
            data-testid="tier-due"
            columns={[
              {
                key: 'kind',
                title: t('tiers.kind'),
                render: (_, row) => SERVICE_KIND_WORDS[row.kind][language],
              },
              {
                key: 'last',
                title: t('tiers.last'),
                render: (_, row) => (row.last ? formats.date(row.last) : t('tiers.never')),
              },
              { key: 'due', title: t('tiers.due'), render: (_, row) => formats.date(row.dueOn) },
              {
                key: 'late',
                title: t('tiers.daysLate'),
                render: (_, row) =>
                  row.daysLate > 0 ? t('tiers.daysLateValue', { count: row.daysLate }) : '—',
              },
            ]}
          />
          {editing ? (
            <Form
              form={form}
              layout="vertical"
              initialValues={{ tierKey: data.override?.tierKey, reason: data.override?.reason ?? '' }}
              onFinish={submit}
              data-testid="tier-override-form"
            >
              {override.error ? <Alert type="error" showIcon title={errorText(override.error)} /> : null}
              <Form.Item name="tierKey" label={t('tiers.override')}>
                <Select
                  options={tiers.tiers.map((option) => ({ value: option.key, label: option.name[language] }))}
                  data-testid="tier-override-select"
                />
              </Form.Item>
              <Form.Item name="reason" label={t('tiers.overrideReason')}>
                <Input.TextArea maxLength={500} rows={2} data-testid="tier-override-reason" />
              </Form.Item>
              <Flex gap="small" justify="flex-end">
                <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={override.isPending}
                  data-testid="tier-override-save"
                >
                  {t('tiers.overrideSave')}
                </Button>
              </Flex>
            </Form>
          ) : (
            <Flex gap="small">
              <Button onClick={() => setEditing(true)} data-testid="tier-override-open">
                {t('tiers.override')}
              </Button>
              {data.override ? (
                <Button
                  onClick={() => override.mutate({ clientId: client.id, tierKey: null, reason: '' })}
                  data-testid="tier-override-clear"
                >
                  {t('tiers.overrideClear')}
                </Button>
              ) : null}
            </Flex>
          )}
          <Table<TierChange>
            size="small"
            pagination={false}
            rowKey={(row) => `${row.on}:${row.from ?? ''}:${row.to}:${row.cause}`}
            dataSource={data.history}
            locale={{ emptyText: <Typography.Text type="secondary">{t('tiers.noHistory')}</Typography.Text> }}
            title={() => t('tiers.history')}
            data-testid="tier-history"
            columns={[
              { key: 'on', title: t('tiers.date'), render: (_, row) => formats.date(row.on) },
              {
                key: 'from',
                title: t('tiers.from'),
                render: (_, row) => (row.from ? tierName(row.from) : '—'),
              },
              { key: 'to', title: t('tiers.to'), render: (_, row) => tierName(row.to) },
              {
                key: 'cause',
                title: t('tiers.cause'),
                render: (_, row) => TIER_CHANGE_CAUSE_WORDS[row.cause][language],
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
