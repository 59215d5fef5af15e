import { expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { runIpcFuzz } from './ipc-fuzz';

// The quick IPC fuzz of `npm test`; `npm run reliability` runs the long one (1,000 inputs a channel).
it('50 inputs on every channel of the contract: no crash, every answer an envelope, no partial write', async () => {
  const figures = await runIpcFuzz({ inputsPerChannel: 50, warmUpPerChannel: 2, seed: 20_261_130 });
  expect(figures.findings).toEqual([]);
  expect(figures.channels.map((c) => c.channel)).toEqual([...CHANNELS]);
  for (const c of figures.channels) {
    expect(c.calls).toBe(50);
    expect([c.crashes, c.nonEnvelope, c.partialWrites]).toEqual([0, 0, 0]);
  }
  // Valid-shaped inputs reach the handlers: nearly every channel gets inputs its schema accepts.
  const reached = figures.channels.filter((c) => c.passedSchema > 0).length;
  expect(reached).toBeGreaterThan(figures.channels.length * 0.9);
}, 600_000);
