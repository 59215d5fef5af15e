import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Dropdown, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients';
import {
  ACTIVITY_KIND_WORDS,
  ACTIVITY_KINDS,
  activityDetails,
  activityHeadline,
  type Activity,
  type ActivityKind,
  type FollowUp,
} from '../../../../shared/features/activities';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ActivityDialog } from './ActivityDialog';
import { FollowUpDialog } from './FollowUpDialog';
import { useLetterKey } from './useLetterKey';

type Plan = Extract<Activity, { kind: 'visit_plan' }>;
type Dialog = { kind: ActivityKind; quick?: boolean; plan?: Plan } | { followUp: true } | null;

/** 活動紀錄 on the dossier: the client's timeline and follow-ups; `L` logs a call. */
export function TimelinePanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const timeline = useChannelQuery('activities.timeline', { clientId: client.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const live = !client.deletedAt;
  useLetterKey('l', () => setDialog({ kind: 'contact', quick: true }), live && dialog === null);
  const remove = useChannelMutation('activities.delete', {
    invalidates: ['activities', 'audit', 'tiers'],
    onSuccess() {
      setDeleting(null);
      void message.success(t('activities.deleted'));
    },
    onError(error) {
      void message.error(errorText(error));
    },
  });
  const setDone = useChannelMutation('activities.setFollowUpDone', {
    invalidates: ['activities', 'audit'],
    onError(error) {
      void message.error(errorText(error));
    },
  });

  const when = (a: Activity) => `${formats.date(a.date)}${a.time ? ` ${a.time}` : ''}`;

  return (
    <Card
      title={t('activities.panel')}
      data-testid="activities-panel"
      extra={
        live ? (
          <Flex gap="small" wrap>
            <Button
              type="primary"
              onClick={() => setDialog({ kind: 'contact', quick: true })}
              data-testid="activity-log-call"
              aria-keyshortcuts="L"
            >
              {t('activities.logCall')}
            </Button>
            <Dropdown
              menu={{
                items: ACTIVITY_KINDS.map((kind) => ({
                  key: kind,
                  label: ACTIVITY_KIND_WORDS[kind][language],
                })),
                onClick: ({ key }) => setDialog({ kind: key as ActivityKind }),
              }}
            >
              <Button data-testid="activity-add">{t('activities.add')}</Button>
            </Dropdown>
            <Button onClick={() => setDialog({ followUp: true })} data-testid="follow-up-add">
              {t('activities.addFollowUp')}
            </Button>
          </Flex>
        ) : null
      }
    >
      {timeline.error ? <Alert type="error" showIcon title={errorText(timeline.error)} /> : null}
      {!timeline.data ? (
        timeline.error ? null : (
          <Spin />
        )
      ) : (
        <Flex vertical gap="middle">
          {timeline.data.activities.length === 0 ? (
            <Typography.Text data-testid="activities-none">{t('activities.none')}</Typography.Text>
          ) : (
            <ol
              className="activity-timeline"
              aria-label={t('activities.timelineLabel')}
              data-testid="activity-timeline"
            >
              {timeline.data.activities.map((a) => (
                <li key={a.id} className="activity-item" data-testid="activity-item" data-kind={a.kind}>
                  <Flex justify="space-between" gap="small" wrap>
                    <span>
                      <Typography.Text strong>{when(a)}</Typography.Text>{' '}
                      <Tag>{ACTIVITY_KIND_WORDS[a.kind][language]}</Tag>
                      {a.kind === 'visit_plan' && a.completedBy ? (
                        <Tag color="green">{t('activities.completedBy')}</Tag>
                      ) : null}
                    </span>
                    {live ? (
                      <Flex gap="small">
                        {a.kind === 'visit_plan' && !a.completedBy ? (
                          <Button
                            size="small"
                            onClick={() => setDialog({ kind: 'visit', plan: a })}
                            data-testid="activity-complete"
                          >
                            {t('activities.completePlan')}
                          </Button>
                        ) : null}
                        <Button
                          size="small"
                          danger
                          onClick={() => setDeleting(a)}
                          data-testid="activity-delete"
                        >
                          {t('activities.delete')}
                        </Button>
                      </Flex>
                    ) : null}
                  </Flex>
                  <div className="activity-headline">{activityHeadline(a, language)}</div>
                  {activityDetails(a, language).map(({ label, value }) => (
                    <div key={label} className="activity-detail">
                      <Typography.Text type="secondary">{label}：</Typography.Text>
                      {value}
                    </div>
                  ))}
                </li>
              ))}
            </ol>
          )}
          <section aria-labelledby={`follow-ups-${client.id}`}>
            <Typography.Text strong id={`follow-ups-${client.id}`}>
              {t('activities.followUps')}
            </Typography.Text>
            {timeline.data.followUps.length === 0 ? (
              <Typography.Text>{t('activities.noFollowUps')}</Typography.Text>
            ) : (
              <ul className="follow-up-list" data-testid="follow-up-list">
                {timeline.data.followUps.map((f: FollowUp) => (
                  <li key={f.id}>
                    <Checkbox
                      checked={f.doneOn !== null}
                      disabled={!live || setDone.isPending}
                      aria-label={t('activities.markDone', { title: f.title })}
                      onChange={(event) =>
                        setDone.mutate({ id: f.id, version: f.version, done: event.target.checked })
                      }
                    >
                      <span className={f.doneOn ? 'follow-up-done' : undefined}>{f.title}</span>{' '}
                      <Typography.Text type="secondary">{formats.date(f.dueOn)}</Typography.Text>
                    </Checkbox>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </Flex>
      )}
      {dialog && 'followUp' in dialog ? (
        <FollowUpDialog clientId={client.id} onClose={() => setDialog(null)} />
      ) : null}
      {dialog && 'kind' in dialog ? (
        <ActivityDialog
          clientId={client.id}
          kind={dialog.kind}
          quick={dialog.quick ?? false}
          {...(dialog.plan ? { plan: dialog.plan } : {})}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <ConfirmModal
        open={deleting !== null}
        title={t('activities.deleteTitle')}
        onCancel={() => setDeleting(null)}
        ok={{
          text: t('activities.delete'),
          loading: remove.isPending,
          testId: 'activity-delete-ok',
          onClick: () => deleting && remove.mutate({ id: deleting.id, version: deleting.version }),
        }}
      >
        {deleting
          ? t('activities.deleteConfirm', { kind: ACTIVITY_KIND_WORDS[deleting.kind][language] })
          : null}
      </ConfirmModal>
    </Card>
  );
}
