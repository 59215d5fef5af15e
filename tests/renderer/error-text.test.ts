import { describe, expect, it } from 'vitest';
import { errorText, retryAfterSeconds } from '../../renderer/src/lib/errorText';

describe('errorText', () => {
  const backoff = (s: number) => `wait ${s}`;
  it('names the wait of a back-off from seconds or from an ISO time', () => {
    expect(retryAfterSeconds({ retryAfter: 7.2 }, 0)).toBe(8);
    expect(retryAfterSeconds({ retryAfter: '1970-01-01T00:00:30.000Z' }, 0)).toBe(30);
    expect(
      errorText({ code: 'VAULT_BACKOFF', message: '', details: { retryAfter: 12 } }, 'zh-TW', backoff),
    ).toBe('wait 12');
  });
  it('says a client was deleted when a write for its tombstone is refused', () => {
    const refused = { code: 'NOT_FOUND', message: 'x', details: { reason: 'client_deleted' } } as const;
    expect(errorText(refused, 'zh-TW', backoff)).toBe('此客戶已刪除');
    expect(errorText(refused, 'en', backoff)).toBe('This client was deleted');
    expect(errorText({ code: 'NOT_FOUND', message: 'x' }, 'zh-TW', backoff)).toBe('找不到資料');
  });
  it('uses the shared error messages otherwise', () => {
    expect(errorText({ code: 'VAULT_BAD_PASSPHRASE', message: 'x' }, 'zh-TW', backoff)).toBe('密碼錯誤');
    expect(errorText({ code: 'VAULT_BACKOFF', message: 'x' }, 'en', backoff)).toBe(
      'Too many attempts; wait and try again',
    );
  });
});
