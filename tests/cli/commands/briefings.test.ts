import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import type { DeckSummary } from '../../../shared/features/briefings';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { cliRunner } from './cli-runner';

const env = { ADVISORDESK_PASSPHRASE: 'cli briefings passphrase' };

describe('briefings commands', () => {
  let dir: string;
  let deckId: string;
  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    // No command makes a deck (the editor does): one is made through the core, as the window would.
    const core = createCore({ dataDir: join(dir, 'vault'), logError: () => undefined });
    await core.invoke('vault.unlock', { passphrase: env.ADVISORDESK_PASSPHRASE });
    const made = await core.invoke('briefings.fromTemplate', { template: 'weeklyMarketReview' });
    if (!made.ok) throw new Error(made.error.message);
    deckId = (made.value as { id: string }).id;
    core.close();
  });
  afterAll(() => removeTempDataDir(dir));

  it('lists the decks as JSON', async () => {
    const listed = await cli('briefings', 'list');
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.out) as DeckSummary[];
    expect(items.map((d) => [d.id, d.title])).toEqual([[deckId, '每週市場回顧']]);
  });

  it('writes the slides and the handout, and refuses a bad --handout and an existing file', async () => {
    const slides = join(dir, 'deck.pdf');
    const made = await cli('briefings', 'pdf', deckId, '--out', slides);
    expect(made.code).toBe(0);
    expect(execFileSync('pdfinfo', [slides], { encoding: 'utf8' })).toMatch(/Page size:\s+960 x 540 pts/);
    const handout = join(dir, 'handout.pdf');
    expect((await cli('briefings', 'pdf', deckId, '--out', handout, '--handout', '3')).code).toBe(0);
    expect(execFileSync('pdfinfo', [handout], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595\.2\d x 841\.8\d pts/,
    );

    const bad = await cli('briefings', 'pdf', deckId, '--out', join(dir, 'x.pdf'), '--handout', '4');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('每頁 2 或 3 張');
    const again = await cli('briefings', 'pdf', deckId, '--out', slides);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('--force');
  });
});
