import type { AcquisitionSource, ClientStatus, Gender, HouseholdRelation } from './schema';
import type { Language } from '../../i18n/messages';

/**
 * The words for the client enums, one source for the screens, the PDF and the CSV import, so a
 * status reads the same on the dossier, on paper and in a spreadsheet.
 */
export interface ClientEnumLabels {
  status: Record<ClientStatus, string>;
  gender: Record<Gender, string>;
  acquisition: Record<AcquisitionSource, string>;
  relation: Record<HouseholdRelation, string>;
}

export const CLIENT_LABELS: Record<Language, ClientEnumLabels> = {
  'zh-TW': {
    status: { prospect: '潛在客戶', active: '往來中', dormant: '靜止戶', closed: '已結清' },
    gender: { F: '女', M: '男', X: '不提供' },
    acquisition: {
      referral: '轉介紹',
      walk_in: '臨櫃',
      seminar: '說明會',
      existing_client: '既有客戶',
      online: '網路',
      cold_call: '陌生開發',
      other: '其他',
    },
    relation: { spouse: '配偶', parent: '父母', child: '子女', sibling: '兄弟姊妹', other: '其他' },
  },
  en: {
    status: { prospect: 'Prospect', active: 'Active', dormant: 'Dormant', closed: 'Closed' },
    gender: { F: 'Female', M: 'Male', X: 'Not stated' },
    acquisition: {
      referral: 'Referral',
      walk_in: 'Walk-in',
      seminar: 'Seminar',
      existing_client: 'Existing client',
      online: 'Online',
      cold_call: 'Cold call',
      other: 'Other',
    },
    relation: { spouse: 'Spouse', parent: 'Parent', child: 'Child', sibling: 'Sibling', other: 'Other' },
  },
};

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: string };

export type ClientLabelMessages = Prefixed<'status', ClientEnumLabels['status']> &
  Prefixed<'gender', ClientEnumLabels['gender']> &
  Prefixed<'acquisition', ClientEnumLabels['acquisition']> &
  Prefixed<'relation', ClientEnumLabels['relation']>;

/** The labels as flat message keys ("status.active") for i18next catalogues. */
export function clientLabelMessages(language: Language): ClientLabelMessages {
  const labels = CLIENT_LABELS[language];
  const entries = (Object.keys(labels) as (keyof ClientEnumLabels)[]).flatMap((group) =>
    Object.entries(labels[group]).map(([key, text]) => [`${group}.${key}`, text] as const),
  );
  return Object.fromEntries(entries) as ClientLabelMessages;
}
