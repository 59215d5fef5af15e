import { Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { complianceTabs } from '../../app/feature-slots';
import { PageTitle } from '../../app/PageTitle';
import { AuditLogTab } from './AuditLogTab';
import { DashboardTab } from './DashboardTab';

const DASHBOARD_TAB = 'dashboard';

/**
 * 合規: the dashboard, the audit trail, then the review lists features add (KYC due, overrides
 * awaiting approval, complaints, personal-data requests, shared-contact flags…). The open tab is in the address (`?tab=`), so coming back from a client lands on it.
 */
export function ComplianceSection() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabs = [
    { key: DASHBOARD_TAB, label: t('dashboard.tab'), children: <DashboardTab /> },
    { key: 'audit', label: t('audit.tab'), children: <AuditLogTab /> },
    ...complianceTabs().map(({ key, labelKey, Tab }) => ({ key, label: t(labelKey), children: <Tab /> })),
  ];
  const requested = params.get('tab');
  const active = tabs.some((tab) => tab.key === requested) ? requested! : DASHBOARD_TAB;

  return (
    <Flex vertical gap="small">
      <PageTitle>{t('nav.compliance')}</PageTitle>
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => setParams(key === DASHBOARD_TAB ? {} : { tab: key }, { replace: true })}
        items={tabs}
      />
    </Flex>
  );
}
