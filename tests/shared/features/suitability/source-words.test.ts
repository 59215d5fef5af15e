import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import {
  RULE_IDS,
  ruleWords,
  settingUsedWords,
  type SettingUsed,
} from '../../../../shared/features/suitability';

/** Codes written alike in both languages: product risk (RR1…RR5) and grades (C1…C5). */
const CODES = /RR\d|C\d/g;

/** Every setting under `kyc` and `suitability` as a finding names it, with its default value. */
function leaves(value: unknown, path: string): SettingUsed[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    return value.map((v: number, index) => ({ path: `${path}[${index}]`, value: v }));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, `${path}.${key}`));
  }
  return [{ path, value: value as SettingUsed['value'] }];
}
const SETTINGS = [
  ...leaves(DEFAULT_SETTINGS.kyc, 'kyc'),
  ...leaves(DEFAULT_SETTINGS.suitability, 'suitability'),
];

describe('a finding’s source in words', () => {
  it('names every rule in both languages', () => {
    for (const rule of RULE_IDS) {
      expect(ruleWords(rule, 'zh-TW').replace(CODES, ''), rule).not.toMatch(/[A-Za-z]/);
      expect(ruleWords(rule, 'en'), rule).not.toBe(rule);
    }
  });

  it('labels every kyc and suitability setting and formats its value, without Latin words in zh-TW', () => {
    expect(SETTINGS.length).toBeGreaterThan(20);
    for (const setting of SETTINGS) {
      const zh = settingUsedWords(setting, 'zh-TW');
      expect(zh.replace(CODES, ''), setting.path).not.toMatch(/[A-Za-z]/);
      expect(settingUsedWords(setting, 'en'), setting.path).not.toContain(setting.path);
    }
    expect(settingUsedWords({ path: 'suitability.concentration.maxRr5Percent', value: 30 }, 'zh-TW')).toBe(
      'RR5 商品合計上限 = 30%',
    );
    expect(settingUsedWords({ path: 'suitability.elderly.rationaleRequired', value: false }, 'en')).toBe(
      'Clients 65+ need a written rationale = No',
    );
    expect(settingUsedWords({ path: 'suitability.complexProductClasses', value: [] }, 'zh-TW')).toBe(
      '可推介複雜性商品的投資人類別 = 無',
    );
    expect(settingUsedWords({ path: 'kyc.gradeScale', value: 'three' }, 'zh-TW')).toBe(
      '等級制度 = 三級（保守型／穩健型／積極型）',
    );
  });

  it('shows a rule or setting from another version as its id', () => {
    expect(ruleWords('retired.rule', 'zh-TW')).toBe('retired.rule');
    expect(settingUsedWords({ path: 'suitability.gone', value: ['a', 'b'] }, 'zh-TW')).toBe(
      'suitability.gone = a, b',
    );
    expect(settingUsedWords({ path: 'suitability.maxRiskByGrade.three[4]', value: 5 }, 'en')).toBe(
      'suitability.maxRiskByGrade.three[4] = 5',
    );
    expect(settingUsedWords({ path: 'kyc.toString', value: 1 }, 'en')).toBe('kyc.toString = 1');
  });
});
