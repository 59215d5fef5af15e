import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Deck, DeckContent, Slide } from '../../../../shared/features/briefings';
import { briefingsKit } from './harness';

const kit = briefingsKit();
const contentOf = ({ title, kind, clientId, slides }: Deck): DeckContent => ({
  title,
  kind,
  clientId,
  slides,
});
const slide = (block: Slide['block']): Slide => ({ id: randomUUID(), block, notes: '' });

/** A client with KYC and one USD fund of 10,000 × 31.5 (so amounts exist to hide). */
async function clientDeck() {
  const clientId = await kit.addClient({ name: '王小明' });
  await kit.addKyc(clientId);
  const fund = await kit.addProduct({ code: 'F1', currency: 'USD' });
  await kit.addPosition(clientId, fund, 10_000, 31.5);
  const deck = await kit.call('briefings.fromTemplate', { template: 'clientPortfolioReview', clientId });
  return { clientId, deck };
}

describe('resolving a deck: redaction in the data', () => {
  it('a client-specific deck carries no client name or amount unless revealed; weights stay', async () => {
    const { deck } = await clientDeck();
    const hidden = await kit.call('briefings.slides', { deckId: deck.id });
    expect(hidden.redacted).toBe(true);
    const json = JSON.stringify(hidden);
    expect(json).not.toContain('王小明');
    const portfolio = hidden.slides.find((s) => s.data.kind === 'clientPortfolio')!.data;
    expect(portfolio).toMatchObject({ clientName: null, totalTwd: null });
    if (portfolio.kind !== 'clientPortfolio') throw new Error('kind');
    expect(portfolio.rows.every((r) => r.currentAmountTwd === null)).toBe(true);
    expect(portfolio.rows.reduce((s, r) => s + (r.currentWeight ?? 0), 0)).toBeCloseTo(1);
    expect(json).not.toMatch(/"(totalTwd|currentAmountTwd)":\d/);
    expect(await kit.auditActions()).not.toContain('briefing.reveal');

    const shown = await kit.call('briefings.slides', { deckId: deck.id, reveal: true });
    expect(shown.redacted).toBe(false);
    expect(JSON.stringify(shown)).toContain('王小明');
    const revealed = shown.slides.find((s) => s.data.kind === 'clientPortfolio')!.data;
    expect(revealed).toMatchObject({ clientName: '王小明' });
    if (revealed.kind !== 'clientPortfolio') throw new Error('kind');
    expect(revealed.totalTwd).toBeGreaterThan(0);
    expect((await kit.auditActions()).filter((a) => a === 'briefing.reveal')).toHaveLength(1);
  });

  it('reveal changes nothing, and is not audited, for a deck that names no client', async () => {
    const deck = await kit.call('briefings.fromTemplate', { template: 'weeklyMarketReview' });
    const resolved = await kit.call('briefings.slides', { deckId: deck.id, reveal: true });
    expect(resolved).toMatchObject({ clientSpecific: false, redacted: false });
    expect(await kit.auditActions()).not.toContain('briefing.reveal');
  });

  it('the disclosure follows the products shown: a structured note adds its max-loss facts, removing it takes them away', async () => {
    const fund = await kit.addProduct({ code: 'F1', maxLossStatement: null });
    const note = await kit.addProduct({
      code: 'SN1',
      type: 'structured_note',
      isComplex: true,
      maxLossStatement: '保本率 90%',
    });
    const deck = await kit.call('briefings.create', {
      content: {
        title: '新商品',
        kind: 'blank',
        clientId: null,
        slides: [slide({ kind: 'productSpotlight', productId: fund, commentary: '' })],
      },
    });
    const codes = async () =>
      (await kit.call('briefings.slides', { deckId: deck.id })).disclosure.products.map((p) => p.code);
    expect(await codes()).toEqual(['F1']);
    const withNote = await kit.call('briefings.save', {
      id: deck.id,
      baseVersion: 1,
      content: {
        ...contentOf(deck),
        slides: [...deck.slides, slide({ kind: 'productSpotlight', productId: note, commentary: '' })],
      },
    });
    const resolved = await kit.call('briefings.slides', { deckId: deck.id });
    expect(resolved.disclosure.products.map((p) => [p.code, p.maxLossStatement])).toEqual([
      ['F1', null],
      ['SN1', '保本率 90%'],
    ]);
    await kit.call('briefings.save', {
      id: deck.id,
      baseVersion: withNote.version,
      content: contentOf(deck),
    });
    expect(await codes()).toEqual(['F1']);
  });
});

describe('resolving a deck: market data from the market-data feature', () => {
  it('charts, returns and FX come from the imported series, marked as sample data', async () => {
    await kit.call('market.sampleLoad', {});
    const deck = await kit.call('briefings.fromTemplate', { template: 'weeklyMarketReview' });
    const resolved = await kit.call('briefings.slides', { deckId: deck.id });
    const chart = resolved.slides.find((s) => s.data.kind === 'marketChart')!.data;
    if (chart.kind !== 'marketChart') throw new Error('kind');
    for (const s of chart.series) {
      expect(s).toMatchObject({ known: true, sample: true });
      expect(s.points.length).toBeGreaterThan(40);
      expect(s.points[0]!.date >= chart.from).toBe(true);
      expect(s.points.at(-1)!.date <= chart.to).toBe(true);
    }
    const returns = resolved.slides.find((s) => s.data.kind === 'returnsTable')!.data;
    if (returns.kind !== 'returnsTable') throw new Error('kind');
    expect(returns.rows.every((r) => r.figures !== null && r.figures.returns['1Y'] !== null)).toBe(true);
    const fx = resolved.slides.find((s) => s.data.kind === 'fxPanel')!.data;
    if (fx.kind !== 'fxPanel') throw new Error('kind');
    expect(fx.rates.every((r) => r.series?.code === `${r.currency}TWD` && r.rate !== null)).toBe(true);
    expect(resolved.disclosure.series.map((s) => s.code)).toEqual(
      expect.arrayContaining(['TAIEX', 'SPX', 'USDTWD']),
    );
    expect(resolved.disclosure.series.every((s) => s.sample && s.lastDate !== null)).toBe(true);
  });
});
