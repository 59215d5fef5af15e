import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KIND_WORDS, activityHeadline, type Activity } from '../../../../shared/features/activities';
import type { Household } from '../../../../shared/features/tiers';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useChannelQueries } from '../../lib/queries';

/** The household's latest activities shown on the card; the rest are on each member's timeline. */
const SHOWN = 10;

/** Every member's activities (the activities feature's timelines), newest first, with whose they are. */
export function HouseholdActivities({ household }: { household: Household }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const timelines = useChannelQueries(
    'activities.timeline',
    household.members.map((member) => ({ clientId: member.clientId })),
  );
  const names = new Map(household.members.map((member) => [member.clientId, member.name]));
  const activities = timelines
    .flatMap((timeline) => timeline.data?.activities ?? [])
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
    .slice(0, SHOWN);

  return (
    <Table<Activity>
      size="small"
      pagination={false}
      rowKey="id"
      loading={timelines.some((timeline) => timeline.isLoading)}
      dataSource={activities}
      title={() => t('tiers.householdActivities')}
      locale={{ emptyText: <Typography.Text type="secondary">{t('tiers.noActivities')}</Typography.Text> }}
      data-testid="household-activities"
      columns={[
        { key: 'date', title: t('tiers.date'), render: (_, row) => formats.date(row.date) },
        { key: 'member', title: t('tiers.member'), render: (_, row) => names.get(row.clientId) ?? '' },
        { key: 'kind', title: t('tiers.kind'), render: (_, row) => ACTIVITY_KIND_WORDS[row.kind][language] },
        { key: 'headline', title: t('tiers.activity'), render: (_, row) => activityHeadline(row, language) },
      ]}
    />
  );
}
