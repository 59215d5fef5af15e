import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { HeaderBar } from './HeaderBar';
import { routeHref, sectionOf, SECTIONS, useRoute, type Section } from './router';
import { RouteView } from './RouteView';

const NAV_KEYS: Record<Section, string> = {
  clients: 'nav.clients',
  briefings: 'nav.briefings',
  products: 'nav.products',
  proposals: 'nav.proposals',
  compliance: 'nav.compliance',
  settings: 'nav.settings',
};

/** Header, left navigation and the current section. */
export function AppShell({ onLock }: { onLock: () => Promise<void> }) {
  const { t } = useTranslation();
  const route = useRoute();
  const items = SECTIONS.map((section) => ({
    key: section,
    label: (
      <a href={routeHref({ name: section })} data-testid={`nav-${section}`}>
        {t(NAV_KEYS[section])}
      </a>
    ),
  }));

  return (
    <Layout className="app-shell">
      <HeaderBar onLock={onLock} />
      <Layout>
        <Layout.Sider width={180} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('nav.label')}>
            <Menu mode="inline" selectedKeys={[sectionOf(route)]} items={items} />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content">
          <RouteView route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
