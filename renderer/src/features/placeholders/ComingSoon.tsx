import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';

const TITLES = {
  briefings: 'nav.briefings',
} as const;

export type PlaceholderSection = keyof typeof TITLES;

/** The empty state of a section that later issues build. */
export function ComingSoon({ section }: { section: PlaceholderSection }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coming-soon-title">
      <PageTitle id="coming-soon-title">{t(TITLES[section])}</PageTitle>
      <Empty description={t('placeholder.comingSoon', { module: t(TITLES[section]) })} />
    </section>
  );
}
