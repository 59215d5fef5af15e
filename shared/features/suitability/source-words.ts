import { codeWords, type AuditWords } from '../../ipc/define';
import { INVESTOR_CLASS_WORDS } from '../investor-classes';
import {
  GRADE_RULE_WORDS,
  GRADE_SCALE_WORDS,
  GRADE_WORDS,
  KYC_SETTING_FIELD_WORDS,
  type GradeScale,
} from '../kyc';
import { riskRatingLabel } from '../products';
import type { SettingUsed } from './schema';
import { maxRiskFieldWords, SUITABILITY_SETTING_FIELD_WORDS } from './settings';
import { RULE_WORDS } from './words';

/**
 * Where a finding came from, in words: its rule and the settings (label and value) that set its
 * threshold. The labels are the 設定 forms' own; the ids stay on the finding for compliance staff.
 */

type Language = keyof AuditWords;
type ValueKind = 'risk' | 'percent' | 'plain';
interface SettingLabel {
  label: AuditWords;
  kind: ValueKind;
  /** The words of a code value. */
  values?: Readonly<Record<string, AuditWords>>;
}

const YES_NO: Readonly<Record<'true' | 'false', AuditWords>> = {
  true: { 'zh-TW': '是', en: 'Yes' },
  false: { 'zh-TW': '否', en: 'No' },
};
/** The words of the settings whose values are codes. */
const KYC_VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, AuditWords>>>> = {
  gradeScale: GRADE_SCALE_WORDS,
  gradeRule: GRADE_RULE_WORDS,
};
const NONE: AuditWords = { 'zh-TW': '無', en: 'none' };
const LIST_SEPARATOR: Readonly<Record<Language, string>> = { 'zh-TW': '、', en: ', ' };

/** A finding's rule in words; a rule from an older version shows as its id. */
export function ruleWords(rule: string, language: Language): string {
  return codeWords(RULE_WORDS, rule, language) ?? rule;
}

/** A settings path's label and how its numbers read, or null for a path this version does not know. */
function settingLabel(path: string): SettingLabel | null {
  const cell = /^suitability\.maxRiskByGrade\.(five|three)\[(\d)\]$/.exec(path);
  if (cell) {
    const grade = GRADE_WORDS[cell[1] as GradeScale][Number(cell[2])];
    return grade ? { label: maxRiskFieldWords(grade), kind: 'risk' } : null;
  }
  const [section, field] = [path.slice(0, path.indexOf('.')), path.slice(path.indexOf('.') + 1)];
  if (section === 'suitability' && Object.hasOwn(SUITABILITY_SETTING_FIELD_WORDS, field)) {
    const label = SUITABILITY_SETTING_FIELD_WORDS[field as keyof typeof SUITABILITY_SETTING_FIELD_WORDS];
    return { label, kind: field.startsWith('concentration.') ? 'percent' : 'risk' };
  }
  if (section === 'kyc' && Object.hasOwn(KYC_SETTING_FIELD_WORDS, field)) {
    const label = KYC_SETTING_FIELD_WORDS[field as keyof typeof KYC_SETTING_FIELD_WORDS];
    return { label, kind: 'plain', values: KYC_VALUE_WORDS[field] };
  }
  return null;
}

function valueWords(value: SettingUsed['value'], { kind, values }: SettingLabel, language: Language): string {
  if (typeof value === 'boolean') return YES_NO[value ? 'true' : 'false'][language];
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE[language];
    return value.map((c) => codeWords(INVESTOR_CLASS_WORDS, c, language) ?? c).join(LIST_SEPARATOR[language]);
  }
  if (typeof value === 'string') return (values && codeWords(values, value, language)) ?? value;
  if (kind === 'percent') return `${value}%`;
  return kind === 'risk' ? riskRatingLabel(value) : String(value);
}

/** A setting a finding used, in words: 「C3 穩健型可推介上限 = RR3」; an unknown path reads as it is. */
export function settingUsedWords(setting: SettingUsed, language: Language): string {
  const known = settingLabel(setting.path);
  if (!known) return `${setting.path} = ${settingUsedRaw(setting.value)}`;
  return `${known.label[language]} = ${valueWords(setting.value, known, language)}`;
}

/** A setting's value as stored, for the ids line compliance staff read. */
export function settingUsedRaw(value: SettingUsed['value']): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
