import { describe, expect, it } from 'vitest';
import { auditDetailWords } from '../../../../shared/features/audit';
import { DEFAULT_SETTINGS, SETTINGS_KEY_WORDS } from '../../../../shared/features/settings';

describe('audit details in words', () => {
  it('reads the phrases the contracts write', () => {
    expect(auditDetailWords('dossier pdf', 'zh-TW')).toBe('客戶資料卡');
    expect(auditDetailWords('national_id changed', 'zh-TW')).toBe('身分證字號已變更');
    expect(auditDetailWords('remembered on this computer', 'zh-TW')).toBe('記住於本機');
    expect(auditDetailWords('1 rows', 'zh-TW')).toBe('1 筆');
    expect(auditDetailWords('2000 rows, forced', 'zh-TW')).toBe('2000 筆，強制加入');
    expect(auditDetailWords('12 rows, full national IDs', 'zh-TW')).toBe('12 筆，含完整身分證字號');
    expect(auditDetailWords('12 rows, full national IDs', 'en')).toBe('12 rows, with full national IDs');
    expect(auditDetailWords('dossier pdf', 'en')).toBe('client dossier (PDF)');
  });

  it('names changed settings in words, for every settings key', () => {
    expect(auditDetailWords('autoLockMinutes,dateFormat', 'zh-TW')).toBe('自動鎖定時間、日期格式');
    expect(auditDetailWords('advisorName', 'en')).toBe('advisor name');
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      expect(SETTINGS_KEY_WORDS).toHaveProperty(key);
      expect(auditDetailWords(key, 'zh-TW')).not.toMatch(/[A-Za-z]/);
    }
  });

  it('shows text it does not know as is, whole', () => {
    expect(auditDetailWords('fields: phone', 'zh-TW')).toBe('fields: phone');
    expect(auditDetailWords('3 rows, something new', 'zh-TW')).toBe('3 rows, something new');
    expect(auditDetailWords('dateFormat,newSetting', 'zh-TW')).toBe('dateFormat,newSetting');
    expect(auditDetailWords('toString', 'zh-TW')).toBe('toString');
  });
});
