import { AUDIT_CHANNELS, AUDIT_EXPORT_MAX_ROWS, type AuditEntry } from '../../../../shared/features/audit';
import { dateSettingsOf } from '../../../../shared/features/settings';
import { formatTimestamp } from '../../../../shared/kernel/dates';
import type { ClientsService } from '../clients';
import type { AuditChainService } from '../../kernel/audit-chain';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { AuditRepository, type AuditRecord } from './repository';
import { auditCsv } from './csv';

/** The compliance view of the trail: entries with the client's name resolved for display only. */
export function createAuditHandlers(
  context: CoreContext,
  clients: ClientsService,
  chain: AuditChainService,
): FeatureHandlers<typeof AUDIT_CHANNELS> {
  const audit = context.perDatabase((db) => new AuditRepository(db));
  const withNames = (records: AuditRecord[]): AuditEntry[] => {
    const names = clients.namesOf(
      records.flatMap((r) => (r.entity === 'client' && r.entityId ? [r.entityId] : [])),
    );
    return records.map((r) => ({
      ...r,
      clientName: r.entity === 'client' && r.entityId ? (names.get(r.entityId) ?? null) : null,
    }));
  };
  return {
    'audit.list': ({ filter, offset, limit }) => {
      const page = audit().list(filter, offset, limit);
      return { total: page.total, items: withNames(page.items) };
    },
    'audit.exportCsv': ({ filter, language }) => {
      const { items } = audit().list(filter, 0, AUDIT_EXPORT_MAX_ROWS);
      const entries = withNames(items);
      return {
        csv: auditCsv(entries, language, (at) =>
          formatTimestamp(at, dateSettingsOf(context.settings(), language), 'compact', { seconds: true }),
        ),
        count: entries.length,
      };
    },
    'audit.verifyChain': () => chain.verify(),
    'audit.exportHead': () => {
      const head = chain.head();
      const lastAt = head.lastId === null ? null : audit().timeOf(head.lastId);
      return { format: 'advisordesk-audit-head', version: 1, ...head, lastAt, exportedAt: context.nowIso() };
    },
  };
}
