import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../electron/core/vault/backoff';
import { generateRecoveryCode, normalizeRecoveryCode } from '../../../electron/core/vault/recovery-code';

describe('Backoff', () => {
  it('lets three failures through, then doubles the wait up to five minutes, and resets on success', () => {
    let clock = 0;
    const backoff = new Backoff(() => clock);
    const waits: number[] = [];
    for (let failure = 1; failure <= 13; failure += 1) {
      backoff.check();
      backoff.recordFailure();
      const until = backoff.retryAfter();
      waits.push(until ? until.getTime() - clock : 0);
      if (until) {
        expect(() => backoff.check()).toThrow(expect.objectContaining({ code: 'VAULT_BACKOFF' }));
        clock = until.getTime();
      }
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300].map((s) => s * 1000));
    backoff.recordSuccess();
    backoff.recordFailure();
    expect(backoff.retryAfter()).toBeNull();
  });
});

describe('recovery code', () => {
  it('has 25 base32 characters in five groups and survives sloppy typing', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([A-Z2-7]{5}-){4}[A-Z2-7]{5}$/);
    expect(normalizeRecoveryCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code.replace(/-/g, ''));
    expect(normalizeRecoveryCode('IOB22-22222-22222-22222-22222')).toBe(
      normalizeRecoveryCode(`108${'2'.repeat(22)}`),
    );
    expect(normalizeRecoveryCode('too short')).toBeNull();
  });
});
