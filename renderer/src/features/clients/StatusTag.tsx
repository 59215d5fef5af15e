import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../../shared/features/clients/schema';

const COLORS: Record<ClientStatus, string> = {
  prospect: 'blue',
  active: 'green',
  dormant: 'gold',
  closed: 'default',
};

export function StatusTag({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
