import type { ReactNode } from 'react';
import { Alert, Card, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Home } from '../../../../shared/features/activities';
import { ageOn } from '../../../../shared/kernel/dates';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import type { ApiError } from '../../lib/api';
import { useChannelQuery } from '../../lib/queries';
import { clientPaths } from '../clients';

/** A home card: its title, a spinner or the error while loading, then its list or its empty words. */
export function HomeCardFrame({
  title,
  testId,
  error,
  items,
  empty,
  more = null,
}: {
  title: string;
  testId: string;
  error: ApiError | null;
  /** null while loading. */
  items: ReactNode[] | null;
  empty: ReactNode;
  /** Below the list: how many more there are than it shows. */
  more?: string | null;
}) {
  const errorText = useErrorText();
  return (
    <Card title={title} data-testid={testId} size="small">
      {error ? (
        <Alert type="error" showIcon title={errorText(error)} />
      ) : items === null ? (
        <Spin />
      ) : items.length === 0 ? (
        <Typography.Text className="home-empty">{empty}</Typography.Text>
      ) : (
        <>
          <ul className="home-list">{items}</ul>
          {more ? <Typography.Text type="secondary">{more}</Typography.Text> : null}
        </>
      )}
    </Card>
  );
}

export function ClientLink({ id, name }: { id: string; name: string }) {
  return (
    <Link to={clientPaths.dossier(id)} data-testid="home-client">
      {name}
    </Link>
  );
}

function useHome() {
  return useChannelQuery('activities.home', {});
}

function lines<T>(
  data: Home | undefined,
  pick: (home: Home) => T[],
  line: (item: T, home: Home) => ReactNode,
) {
  return data ? pick(data).map((item) => line(item, data)) : null;
}

/** Open visit plans today and later this week. */
export function VisitsCard() {
  const { t } = useTranslation();
  const formats = useFormats();
  const home = useHome();
  return (
    <HomeCardFrame
      title={t('home.visits')}
      testId="home-visits"
      error={home.error}
      empty={t('home.noVisits')}
      items={lines(
        home.data,
        (h) => h.visits,
        (v, h) => (
          <li key={v.activityId}>
            <Tag color={v.date === h.today ? 'blue' : undefined}>
              {v.date === h.today ? t('home.visitsToday') : formats.date(v.date)}
            </Tag>
            {v.time ? `${v.time} ` : ''}
            <ClientLink id={v.clientId} name={v.clientName} />
            {v.place ? ` · ${v.place}` : ''}
          </li>
        ),
      )}
    />
  );
}

/** Open follow-ups due by the week's end, the late ones first. */
export function FollowUpsCard() {
  const { t } = useTranslation();
  const formats = useFormats();
  const home = useHome();
  return (
    <HomeCardFrame
      title={t('home.followUps')}
      testId="home-follow-ups"
      error={home.error}
      empty={t('home.noFollowUps')}
      more={
        home.data && home.data.followUpsTotal > home.data.followUps.length
          ? t('home.moreFollowUps', { count: home.data.followUpsTotal - home.data.followUps.length })
          : null
      }
      items={lines(
        home.data,
        (h) => h.followUps,
        (f) => (
          <li key={f.id}>
            {f.late ? <Tag color="red">{t('home.late')}</Tag> : null}
            {formats.date(f.dueOn)} <ClientLink id={f.clientId} name={f.clientName} />：{f.title}
          </li>
        ),
      )}
    />
  );
}

/** Clients whose birthday falls this week, with the age they reach. */
export function BirthdaysCard() {
  const { t } = useTranslation();
  const formats = useFormats();
  const home = useHome();
  return (
    <HomeCardFrame
      title={t('home.birthdays')}
      testId="home-birthdays"
      error={home.error}
      empty={t('home.noBirthdays')}
      items={lines(
        home.data,
        (h) => h.birthdays,
        (b) => (
          <li key={b.clientId}>
            {formats.date(b.on)} <ClientLink id={b.clientId} name={b.clientName} />（
            {ageOn(b.birthDate, b.on)}）
          </li>
        ),
      )}
    />
  );
}
