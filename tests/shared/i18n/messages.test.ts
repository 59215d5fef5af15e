import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  interpolate,
  translateValidation,
  validationMessages,
} from '../../../shared/i18n/messages';
import { MAX_IMPORT_ROWS } from '../../../shared/kernel/limits';

describe('messages with parameters', () => {
  it('states the import row limit from the limit itself, in both languages', () => {
    expect(MAX_IMPORT_ROWS).toBe(100_000);
    expect(translateValidation('import.file.tooManyRows', 'zh-TW')).toBe(
      '資料列過多，單次最多匯入 100,000 筆',
    );
    expect(translateValidation('import.file.tooManyRows', 'en')).toBe(
      'Too many rows: at most 100,000 per import',
    );
    for (const language of LANGUAGES) {
      expect(validationMessages[language]['import.file.tooManyRows']).not.toMatch(/\d/);
    }
  });

  it('leaves no placeholder unfilled in any message', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.keys(validationMessages[language])) {
        expect(translateValidation(key, language), key).not.toContain('{{');
      }
    }
  });

  it('fills named values, numbers with separators, and leaves unknown names as written', () => {
    expect(interpolate('至多 {{max}} 筆，{{who}}', { max: 1234567, who: '顧問' })).toBe(
      '至多 1,234,567 筆，顧問',
    );
    expect(interpolate('{{missing}}', {})).toBe('{{missing}}');
    expect(translateValidation('import.file.tooManyRows', 'en', { maxImportRows: 5 })).toBe(
      'Too many rows: at most 5 per import',
    );
  });
});
