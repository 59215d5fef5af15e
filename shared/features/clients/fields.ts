import type { Language } from '../../i18n/messages';
import type { AcquisitionSource, ClientStatus, Currency, Gender, HouseholdRelation } from './schema';

/**
 * The client field registry: for each field its database column, its CSV header with the other
 * headers an import accepts, and its label in each language. The screens, the PDF, the CSV codec
 * and the repository all read it, so a field has one name on screen, on paper and in a
 * spreadsheet. The wording is that of a Taiwanese advisor's paper forms.
 */

type Words = Readonly<Record<Language, string>>;

interface FieldSpec {
  /** The column of the `clients` table, or null for a list kept in a table of its own. */
  readonly column: string | null;
  /**
   * The header an export writes and the extra headers an import accepts (both labels are accepted
   * too); null when the field is not in the CSV.
   */
  readonly csv: { readonly header: string; readonly aliases: readonly string[] } | null;
  /** Kept by the store rather than typed by the user. */
  readonly system?: true;
  readonly label: Words;
}

const csv = <H extends string>(header: H, ...aliases: string[]) => ({ header, aliases });

/** In the order of the form and the CSV columns. */
const FIELDS = {
  name: { column: 'name', csv: csv('name'), label: { 'zh-TW': '姓名', en: 'Name' } },
  nationalId: {
    column: 'national_id',
    csv: csv('national_id', '身份證字號', '身分證號', '統一證號'),
    label: { 'zh-TW': '身分證字號', en: 'National ID' },
  },
  birthDate: {
    column: 'birth_date',
    csv: csv('birth_date', '生日'),
    label: { 'zh-TW': '出生日期', en: 'Date of birth' },
  },
  gender: { column: 'gender', csv: csv('gender'), label: { 'zh-TW': '性別', en: 'Gender' } },
  phone: {
    column: 'phone',
    csv: csv('phone', '手機', '行動電話'),
    label: { 'zh-TW': '電話', en: 'Phone' },
  },
  email: { column: 'email', csv: csv('email', 'E-mail'), label: { 'zh-TW': '電子郵件', en: 'Email' } },
  address: { column: 'address', csv: csv('address', '通訊地址'), label: { 'zh-TW': '地址', en: 'Address' } },
  occupation: {
    column: 'occupation',
    csv: csv('occupation'),
    label: { 'zh-TW': '職業', en: 'Occupation' },
  },
  employer: {
    column: 'employer',
    csv: csv('employer', '任職機構', '任職公司', '服務機構'),
    label: { 'zh-TW': '服務單位', en: 'Employer' },
  },
  annualIncomeTwd: {
    column: 'annual_income_twd',
    csv: csv('annual_income_twd'),
    label: { 'zh-TW': '年收入', en: 'Annual income' },
  },
  investableAssets: {
    column: null,
    csv: csv('assets'),
    label: { 'zh-TW': '可投資資產', en: 'Investable assets' },
  },
  sourceOfWealth: {
    column: 'source_of_wealth',
    csv: csv('source_of_wealth'),
    label: { 'zh-TW': '財富來源', en: 'Source of wealth' },
  },
  acquisitionSource: {
    column: 'acquisition_source',
    csv: csv('acquisition_source'),
    label: { 'zh-TW': '客戶來源', en: 'Acquisition source' },
  },
  status: { column: 'status', csv: csv('status'), label: { 'zh-TW': '狀態', en: 'Status' } },
  advisor: { column: 'advisor', csv: csv('advisor'), label: { 'zh-TW': '理財顧問', en: 'Advisor' } },
  tags: { column: null, csv: csv('tags'), label: { 'zh-TW': '標籤', en: 'Tags' } },
  notes: { column: 'notes', csv: csv('notes'), label: { 'zh-TW': '備註', en: 'Notes' } },
  household: { column: null, csv: null, label: { 'zh-TW': '家庭成員', en: 'Household' } },
  createdAt: {
    column: 'created_at',
    csv: null,
    system: true,
    label: { 'zh-TW': '建立時間', en: 'Created' },
  },
  updatedAt: {
    column: 'updated_at',
    csv: null,
    system: true,
    label: { 'zh-TW': '更新時間', en: 'Updated' },
  },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof FIELDS;
export type ClientFieldKey = keyof Fields;
/** The fields held in one column of `clients`. */
export type ClientColumnKey = {
  [K in ClientFieldKey]: Fields[K]['column'] extends string ? K : never;
}[ClientFieldKey];
export type ClientColumnName<K extends ClientColumnKey = ClientColumnKey> = Fields[K]['column'];
/** The CSV header of each field in the CSV. */
export type ClientCsvHeader = {
  [K in ClientFieldKey]: Fields[K]['csv'] extends { header: infer H } ? H : never;
}[ClientFieldKey];

export interface ClientField<K extends ClientFieldKey = ClientFieldKey> extends FieldSpec {
  readonly key: K;
  /** The message key of the label on screen. */
  readonly labelKey: `client.${K}`;
}

export const CLIENT_FIELDS: readonly ClientField[] = (Object.keys(FIELDS) as ClientFieldKey[]).map((key) => ({
  ...(FIELDS[key] as FieldSpec),
  key,
  labelKey: `client.${key}` as const,
}));

export function clientFieldLabel(key: ClientFieldKey, language: Language): string {
  return FIELDS[key].label[language];
}

// ---------------------------------------------------------------------------------------------
// The words for the values of the client enums, with the other spellings a CSV import accepts.

interface ValueWords extends Words {
  readonly aliases?: readonly string[];
}

const VALUES = {
  status: {
    prospect: { 'zh-TW': '潛在客戶', en: 'Prospect', aliases: ['潛在'] },
    active: { 'zh-TW': '往來中', en: 'Active' },
    dormant: { 'zh-TW': '靜止戶', en: 'Dormant', aliases: ['靜止'] },
    closed: { 'zh-TW': '已結清', en: 'Closed', aliases: ['結清', '已結束往來'] },
  } satisfies Record<ClientStatus, ValueWords>,
  gender: {
    F: { 'zh-TW': '女', en: 'Female', aliases: ['女性'] },
    M: { 'zh-TW': '男', en: 'Male', aliases: ['男性'] },
    // Not on the ID card's two values; "not stated" is what the record holds, not a third sex.
    X: { 'zh-TW': '未提供', en: 'Not stated', aliases: ['不提供', '其他', 'other'] },
  } satisfies Record<Gender, ValueWords>,
  acquisition: {
    referral: { 'zh-TW': '轉介紹', en: 'Referral', aliases: ['轉介', '親友轉介'] },
    walk_in: { 'zh-TW': '臨櫃', en: 'Walk-in', aliases: ['自行來訪'] },
    seminar: { 'zh-TW': '說明會', en: 'Seminar', aliases: ['講座', '講座活動'] },
    existing_client: { 'zh-TW': '既有客戶', en: 'Existing client' },
    online: { 'zh-TW': '網路', en: 'Online' },
    cold_call: { 'zh-TW': '陌生開發', en: 'Cold call', aliases: ['電話開發'] },
    other: { 'zh-TW': '其他', en: 'Other' },
  } satisfies Record<AcquisitionSource, ValueWords>,
  relation: {
    spouse: { 'zh-TW': '配偶', en: 'Spouse' },
    parent: { 'zh-TW': '父母', en: 'Parent' },
    child: { 'zh-TW': '子女', en: 'Child' },
    sibling: { 'zh-TW': '兄弟姊妹', en: 'Sibling' },
    other: { 'zh-TW': '其他', en: 'Other' },
  } satisfies Record<HouseholdRelation, ValueWords>,
  currency: {
    TWD: { 'zh-TW': '新臺幣', en: 'Taiwan dollar', aliases: ['新台幣', '台幣', '臺幣', 'NTD'] },
    USD: { 'zh-TW': '美元', en: 'US dollar', aliases: ['美金'] },
    JPY: { 'zh-TW': '日圓', en: 'Japanese yen', aliases: ['日幣', '日元'] },
    EUR: { 'zh-TW': '歐元', en: 'Euro' },
    CNY: { 'zh-TW': '人民幣', en: 'Chinese yuan', aliases: ['RMB'] },
    AUD: { 'zh-TW': '澳幣', en: 'Australian dollar', aliases: ['澳元'] },
    HKD: { 'zh-TW': '港幣', en: 'Hong Kong dollar', aliases: ['港元'] },
    GBP: { 'zh-TW': '英鎊', en: 'British pound' },
  } satisfies Record<Currency, ValueWords>,
};

type ValueGroups = typeof VALUES;
export type ClientValueGroup = keyof ValueGroups;
type ValueCode<G extends ClientValueGroup> = keyof ValueGroups[G] & string;

export type ClientEnumLabels = { [G in ClientValueGroup]: Record<ValueCode<G>, string> };

function labelsIn(language: Language): ClientEnumLabels {
  const groups = Object.entries(VALUES).map(([group, values]) => [
    group,
    Object.fromEntries(
      Object.entries(values as Record<string, ValueWords>).map(([code, words]) => [code, words[language]]),
    ),
  ]);
  return Object.fromEntries(groups) as ClientEnumLabels;
}

/** The label of each enum value, by language: `CLIENT_LABELS['zh-TW'].status.active`. */
export const CLIENT_LABELS: Record<Language, ClientEnumLabels> = {
  'zh-TW': labelsIn('zh-TW'),
  en: labelsIn('en'),
};

/** Every accepted spelling of each value of a group: both labels and the aliases (not the code). */
export function clientValueSpellings<G extends ClientValueGroup>(group: G): Record<ValueCode<G>, string[]> {
  const values = VALUES[group] as Record<string, ValueWords>;
  return Object.fromEntries(
    Object.entries(values).map(([code, words]) => [
      code,
      [words['zh-TW'], words.en, ...(words.aliases ?? [])],
    ]),
  ) as Record<ValueCode<G>, string[]>;
}

// ---------------------------------------------------------------------------------------------
// As i18next messages.

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: string };

export type ClientLabelMessages = { [K in ClientFieldKey as `client.${K}`]: string } & Prefixed<
  'status',
  ClientEnumLabels['status']
> &
  Prefixed<'gender', ClientEnumLabels['gender']> &
  Prefixed<'acquisition', ClientEnumLabels['acquisition']> &
  Prefixed<'relation', ClientEnumLabels['relation']> &
  Prefixed<'currency', ClientEnumLabels['currency']>;

/** Field labels ("client.employer") and value labels ("status.active") as flat message keys. */
export function clientLabelMessages(language: Language): ClientLabelMessages {
  const fields = CLIENT_FIELDS.map((field) => [field.labelKey, field.label[language]] as const);
  const labels = CLIENT_LABELS[language];
  const values = (Object.keys(labels) as ClientValueGroup[]).flatMap((group) =>
    Object.entries(labels[group]).map(([code, text]) => [`${group}.${code}`, text] as const),
  );
  return Object.fromEntries([...fields, ...values]) as ClientLabelMessages;
}

/** What the dossier, its PDF and the other documents show for a client without a national ID (a prospect). */
export const NO_NATIONAL_ID_WORDS = { 'zh-TW': '未提供', en: 'Not provided' } as const;

/** The masked ID as a document prints it: 未提供 for none. */
export function nationalIdOnDocument(masked: string, language: Language): string {
  return masked === '' ? NO_NATIONAL_ID_WORDS[language] : masked;
}
