import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../../shared/features/clients/schema';

/** The status badge, in the same colours as in the client list (styles.css `.status-*`). */
export function StatusTag({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
