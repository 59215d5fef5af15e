import { useState } from 'react';
import { App, Alert, Button, Card, Flex, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import { GOAL_KIND_WORDS, GOAL_PRIORITY_WORDS, type Goal } from '../../../../shared/features/goals';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { GoalDialog } from './GoalDialog';

/** 理財目標 on the dossier: the client's goals by target date, added, edited and deleted in a dialog. */
export function GoalsPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const formats = useFormats();
  const errorText = useErrorText();
  const goals = useChannelQuery('goals.list', { clientId: client.id });
  // undefined: closed; null: a new goal; a goal: that goal.
  const [editing, setEditing] = useState<Goal | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Goal | null>(null);
  const remove = useChannelMutation('goals.delete', {
    invalidates: ['goals', 'audit'],
    onSuccess() {
      setDeleting(null);
      void message.success(t('goals.deleted'));
    },
    onError(error) {
      void message.error(errorText(error));
    },
  });

  return (
    <Card
      title={t('goals.panel')}
      data-testid="goals-panel"
      extra={
        <Button onClick={() => setEditing(null)} data-testid="goal-add">
          {t('goals.add')}
        </Button>
      }
    >
      {goals.error ? <Alert type="error" showIcon title={errorText(goals.error)} /> : null}
      {!goals.data ? (
        goals.error ? null : (
          <Spin />
        )
      ) : goals.data.length === 0 ? (
        <Typography.Text data-testid="goals-none">{t('goals.none')}</Typography.Text>
      ) : (
        <Table<Goal>
          size="small"
          rowKey="id"
          data-testid="goals-table"
          dataSource={goals.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('goals.kind'), key: 'kind', render: (_, g) => GOAL_KIND_WORDS[g.kind][language] },
            { title: t('goals.name'), dataIndex: 'name' },
            { title: t('goals.targetDate'), key: 'date', render: (_, g) => formats.date(g.targetDate) },
            {
              title: t('goals.amount'),
              key: 'amount',
              align: 'right',
              render: (_, g) => (
                <Flex vertical align="end">
                  <span>{formats.twd(g.amountTwd)}</span>
                  {g.inTodaysMoney ? (
                    <Typography.Text type="secondary">{t('goals.todaysMoney')}</Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('goals.priority'),
              key: 'priority',
              render: (_, g) => GOAL_PRIORITY_WORDS[g.priority][language],
            },
            {
              title: t('goals.actions'),
              key: 'actions',
              render: (_, g) => (
                <Flex gap="small">
                  <Button size="small" onClick={() => setEditing(g)} data-testid={`goal-edit-${g.id}`}>
                    {t('goals.edit')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setDeleting(g)}
                    data-testid={`goal-delete-${g.id}`}
                  >
                    {t('goals.delete')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      )}
      {editing !== undefined ? (
        <GoalDialog
          client={client}
          goal={editing}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      ) : null}
      <ConfirmModal
        open={deleting !== null}
        title={t('goals.deleteTitle')}
        onCancel={() => setDeleting(null)}
        ok={{
          text: t('goals.delete'),
          loading: remove.isPending,
          testId: 'goal-delete-ok',
          onClick: () => deleting && remove.mutate({ id: deleting.id, version: deleting.version }),
        }}
      >
        {deleting ? t('goals.deleteConfirm', { name: deleting.name }) : null}
      </ConfirmModal>
    </Card>
  );
}
