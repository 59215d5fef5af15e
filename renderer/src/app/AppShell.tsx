import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatches } from 'react-router';
import { banners } from './feature-slots';
import { featureRoutes } from './feature-routes';
import { HeaderBar } from './HeaderBar';
import { currentSection, isFullPage, navEntries } from './navigation';

const NAV = navEntries(featureRoutes);

/** Header, left navigation and the matched feature route (alone for a full-page route). */
export function AppShell({ onLock }: { onLock: () => void }) {
  const { t } = useTranslation();
  const matches = useMatches();
  const section = currentSection(matches);
  const items = NAV.map((entry) => ({
    key: entry.key,
    label: (
      <Link to={`/${entry.key}`} data-testid={`nav-${entry.key}`}>
        {t(entry.labelKey)}
      </Link>
    ),
  }));

  if (isFullPage(matches)) return <Outlet />;
  return (
    <Layout className="app-shell">
      <HeaderBar onLock={onLock} />
      <Layout>
        <Layout.Sider width={180} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('nav.label')}>
            <Menu mode="inline" selectedKeys={section ? [section] : []} items={items} />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content">
          {banners().map(({ key, Banner }) => (
            <Banner key={key} />
          ))}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
