import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { weekEndOf } from '../../../../shared/features/activities';
import { today as todayIn } from '../../../../shared/kernel/dates';
import { homeCards } from '../../app/feature-slots';
import { PageTitle } from '../../app/PageTitle';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';

/**
 * 今日, the landing page: every feature's home card (visits, follow-ups, birthdays, KYC expiring,
 * and those of tiers, regulatory updates and escalations once they are in), through the
 * `homeCards` slot, so a feature adds its card without touching this page.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const formats = useFormats();
  const today = todayIn(settings.timeZone);
  return (
    <Flex vertical gap="middle" data-testid="home-page">
      <div>
        <PageTitle>{t('home.title')}</PageTitle>
        <Typography.Text type="secondary">
          {t('home.subtitle', {
            today: formats.date(today, 'long'),
            weekEnd: formats.date(weekEndOf(today)),
          })}
        </Typography.Text>
      </div>
      <div className="home-grid">
        {homeCards().map(({ key, Card }) => (
          <Card key={key} />
        ))}
      </div>
    </Flex>
  );
}
