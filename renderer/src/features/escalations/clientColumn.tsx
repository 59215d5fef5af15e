import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { clientPaths } from '../clients';

/** The 客戶 column of the feedback and escalation tables: the name opening the dossier, or 已刪除客戶. */
export function clientColumn<Row extends { clientId: string; clientName: string | null }>(t: TFunction) {
  return {
    title: t('escalations.client'),
    key: 'client',
    width: 110,
    render: (_: unknown, row: Row) =>
      row.clientName === null ? (
        t('escalations.deletedClient')
      ) : (
        <Link to={clientPaths.dossier(row.clientId)}>{row.clientName}</Link>
      ),
  };
}
