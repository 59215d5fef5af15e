import {
  CLIENT_LABELS,
  clientFieldLabel,
  maskNationalId,
  summaryAssetsOf,
  type Client,
  type ClientFieldKey,
} from '../../../../shared/features/clients';
import type { Language } from '../../../../shared/i18n/messages';
import type { CoreContext } from '../../kernel/context';
import {
  NO_VALUE,
  type PersonalDataRequest,
  type PersonalDataSource,
  type PersonalDataWords,
  type TextFormats,
} from '../../kernel/personal-data';
import type { ClientsService } from './service';
import { ClientTombstones, type RetainedIdentity } from './tombstones';

/** The dossier section's words; its field labels come from the client field registry. */
export const DOSSIER_DATA_WORDS: Readonly<
  Record<Language, PersonalDataWords & { deletedOn: string; retainUntil: string }>
> = {
  'zh-TW': {
    title: '基本資料',
    file: '基本資料',
    header: ['欄位', '內容'],
    deletedOn: '刪除日期',
    retainUntil: '紀錄保存至',
  },
  en: {
    title: 'Basic data',
    file: 'basic-data',
    header: ['Field', 'Value'],
    deletedOn: 'Deleted on',
    retainUntil: 'Records kept until',
  },
};

/** The dossier's fields, in the form's order (tags and household links included). */
const FIELDS: readonly ClientFieldKey[] = [
  'name',
  'nationalId',
  'birthDate',
  'gender',
  'phone',
  'email',
  'address',
  'occupation',
  'employer',
  'annualIncomeTwd',
  'investableAssets',
  'sourceOfWealth',
  'acquisitionSource',
  'status',
  'advisor',
  'tags',
  'household',
  'notes',
];

function fieldValue(client: Client, key: ClientFieldKey, nationalId: string, f: TextFormats): string {
  const labels = CLIENT_LABELS[f.language];
  const list = (items: string[]) => items.join(f.language === 'en' ? ', ' : '、');
  switch (key) {
    case 'nationalId':
      return nationalId;
    case 'birthDate':
      return f.date(client.birthDate);
    case 'gender':
      return labels.gender[client.gender];
    case 'status':
      return labels.status[client.status];
    case 'acquisitionSource':
      return labels.acquisition[client.acquisitionSource];
    case 'annualIncomeTwd':
      return f.twd(client.annualIncomeTwd);
    case 'investableAssets':
      return list(summaryAssetsOf(client).map((a) => f.money(a.amount, a.currency)));
    case 'tags':
      return list(client.tags);
    case 'household':
      return list(
        client.household.map((h) =>
          f.language === 'en'
            ? `${h.name} (${labels.relation[h.relation]})`
            : `${h.name}（${labels.relation[h.relation]}）`,
        ),
      );
    default: {
      const raw = client[key as keyof Client];
      return typeof raw === 'string' ? raw : '';
    }
  }
}

/** What the firm keeps of a deleted client: the identification and the retention timer. */
function tombstoneSection(
  client: Client,
  retained: RetainedIdentity | null,
  retainUntil: string | null,
  f: TextFormats,
) {
  const words = DOSSIER_DATA_WORDS[f.language];
  // As a reveal of a deleted client's ID answers NOT_FOUND, the kept ID stays masked.
  const nationalId = retained ? maskNationalId(retained.nationalId) : '';
  const rows: string[][] = [
    ...(retained
      ? [
          [clientFieldLabel('name', f.language), retained.name],
          [clientFieldLabel('nationalId', f.language), nationalId],
          [clientFieldLabel('birthDate', f.language), f.date(retained.birthDate)],
        ]
      : []),
    [words.deletedOn, f.day(client.deletedAt ?? null)],
    [words.retainUntil, f.date(retainUntil)],
  ];
  return {
    rows,
    value: {
      id: client.id,
      deletedAt: client.deletedAt,
      retainUntil,
      retained: retained ? { ...retained, nationalId } : null,
    },
  };
}

/**
 * The dossier as a personal-data section: each field as a label and value (tags and household
 * links too), the national ID masked unless the request asks for it in full; a deleted client's
 * tombstone answers with the identification kept and until when.
 */
export function clientsPersonalData(context: CoreContext, clients: ClientsService): PersonalDataSource {
  const tombstones = context.perDatabase((db) => new ClientTombstones(db));
  return {
    key: 'client',
    words: DOSSIER_DATA_WORDS,
    read({ clientId, formats: f, fullNationalId }: PersonalDataRequest) {
      const client = clients.get(clientId);
      if (client.deletedAt) {
        const tombstone = tombstones().get(clientId);
        return tombstoneSection(client, tombstones().retained(clientId), tombstone?.retainUntil ?? null, f);
      }
      // '' when the client has none (a prospect): the row shows NO_VALUE, the JSON null.
      const nationalId = fullNationalId
        ? (clients.revealNationalId(clientId) ?? '')
        : client.nationalIdMasked;
      const rows = FIELDS.map((key) => {
        const value = fieldValue(client, key, nationalId, f);
        return [clientFieldLabel(key, f.language), value === '' ? NO_VALUE : value];
      });
      const { nationalIdMasked: _masked, ...rest } = client;
      return { rows, value: { ...rest, nationalId: nationalId === '' ? null : nationalId } };
    },
  };
}
