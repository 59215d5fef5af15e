import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ESCALATION_KIND_WORDS, ESCALATION_SEVERITY_WORDS } from '../../../../shared/features/escalations';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { ClientLink, HomeCardFrame } from '../activities';

/** 今日 › 未解決異常通報: the most urgent first, the overdue ones marked in words. */
export function EscalationsHomeCard() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const open = useChannelQuery('escalations.list', { state: 'unresolved' });
  return (
    <HomeCardFrame
      title={t('escalations.home')}
      testId="home-escalations"
      error={open.error}
      empty={t('escalations.homeNone')}
      items={
        open.data?.map((e) => (
          <li key={e.id}>
            {e.overdue ? <Tag color="red">{t('escalations.overdue')}</Tag> : null}
            {ESCALATION_SEVERITY_WORDS[e.severity][language]} · {ESCALATION_KIND_WORDS[e.kind][language]} ·{' '}
            {formats.timestamp(e.dueAt)}{' '}
            {e.clientName === null ? (
              t('escalations.deletedClient')
            ) : (
              <ClientLink id={e.clientId} name={e.clientName} />
            )}
          </li>
        )) ?? null
      }
    />
  );
}
