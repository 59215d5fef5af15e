import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../../shared/features/audit';
import type { Language } from '../../../../shared/i18n/messages';
import { auditActionWords, auditEntryDetailWords } from '../../../../shared/ipc/contract';
import { auditEntityWords } from '../../../../shared/ipc/define';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { clientPaths } from '../clients';

const NONE = '—';

/** 陳志明（chen）: the advisor's name from settings, then the OS user who was logged in. */
export function actorText(name: string | null, osUser: string | null, language: Language): string {
  if (name && osUser) return language === 'zh-TW' ? `${name}（${osUser}）` : `${name} (${osUser})`;
  return name || osUser || NONE;
}

/** The trail's rows in words: when (Taipei day), what, on what, which client, detail, who. */
export function AuditTable({
  items,
  total,
  page,
  pageSize,
  loading,
  onPage,
}: {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 210,
      render: (at: string) => formats.timestamp(at, 'compact', true),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 240,
      render: (action: string) => auditActionWords(action, language),
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      width: 100,
      render: (entity: string) => auditEntityWords(entity, language),
    },
    {
      title: t('audit.client'),
      dataIndex: 'clientName',
      width: 140,
      // Only a client still on file has a name (and a dossier to open).
      render: (clientName: string | null, entry) =>
        clientName && entry.entityId ? (
          <Link to={clientPaths.dossier(entry.entityId)} data-testid="audit-client-link">
            {clientName}
          </Link>
        ) : (
          NONE
        ),
    },
    {
      title: t('audit.detail'),
      dataIndex: 'detail',
      ellipsis: true,
      render: (detail: string | null, entry: AuditEntry) =>
        detail === null ? '' : auditEntryDetailWords(entry.action, detail, language),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 180,
      render: (_: unknown, entry) => actorText(entry.actorName, entry.actorOsUser, language),
    },
  ];

  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      onRow={() => ({ 'data-testid': 'audit-row' }) as HTMLAttributes<HTMLElement>}
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: false }}
      columns={columns}
    />
  );
}
