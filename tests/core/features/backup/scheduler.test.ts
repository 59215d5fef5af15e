import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackupScheduler } from '../../../../electron/core/features/backup/scheduler';

describe('the backup scheduler timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ticks every interval, never two at once, reports failures and stops', async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    const errors: unknown[] = [];
    const tick = async () => {
      calls += 1;
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 25_000));
      running -= 1;
      if (calls === 2) throw new Error('disk full');
    };
    const stop = startBackupScheduler(tick, (e) => errors.push(e), 10_000);
    await vi.advanceTimersByTimeAsync(100_000);
    expect(most).toBe(1);
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(errors).toHaveLength(1);
    stop();
    const before = calls;
    await vi.advanceTimersByTimeAsync(100_000);
    expect(calls).toBe(before);
  });
});
