import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Formats } from '../../app/useFormats';
import { clientPaths } from '../clients';

/** What a compliance log row (a complaint, a personal-data request) says about when and whom. */
interface LoggedForClient {
  receivedOn: string;
  clientId: string;
  /** null once the client is deleted. */
  clientName: string | null;
}

/** The first two columns of every compliance log: the day received and the client (linked). */
export function receivedColumns<Row extends LoggedForClient>(
  t: TFunction,
  formats: Formats,
): TableColumnsType<Row> {
  return [
    {
      title: t('complaints.receivedOn'),
      dataIndex: 'receivedOn',
      width: 110,
      render: (d: string) => formats.date(d),
    },
    {
      title: t('complaints.client'),
      key: 'client',
      width: 120,
      render: (_, row) =>
        row.clientName === null ? (
          t('compliance.clientDeleted')
        ) : (
          <Link to={clientPaths.dossier(row.clientId)}>{row.clientName}</Link>
        ),
    },
  ];
}
