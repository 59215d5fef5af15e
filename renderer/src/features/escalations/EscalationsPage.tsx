import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { EscalationsTab } from './EscalationsTab';
import { FeedbackReportTab } from './FeedbackReportTab';
import { FeedbackTab } from './FeedbackTab';

const TABS = ['escalations', 'feedback', 'report'] as const;

/** 回饋與通報: anomalies escalated, client feedback, and feedback counted for market analysis. */
export function EscalationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = TABS.find((key) => key === asked) ?? 'escalations';
  return (
    <>
      <PageTitle>{t('nav.escalations')}</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'escalations', label: t('escalations.tab'), children: <EscalationsTab /> },
          { key: 'feedback', label: t('feedback.tab'), children: <FeedbackTab /> },
          { key: 'report', label: t('feedback.reportTab'), children: <FeedbackReportTab /> },
        ]}
      />
    </>
  );
}
