import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DeckContent, Slide } from '../../../../shared/features/briefings';
import { briefingsKit } from './harness';

const kit = briefingsKit();

const textSlide = (heading: string): Slide => ({
  id: randomUUID(),
  block: { kind: 'text', heading, bullets: ['一', '二'] },
  notes: '講者備註',
});
const content = (overrides: Partial<DeckContent> = {}): DeckContent => ({
  title: '十二月市場回顧',
  kind: 'blank',
  clientId: null,
  slides: [textSlide('重點')],
  ...overrides,
});

describe('decks: save, versions, copy, delete', () => {
  it('every save is a new version; old ones open read-only and can be restored', async () => {
    const created = await kit.call('briefings.create', { content: content() });
    expect(created).toMatchObject({ version: 1, latest: true, savedBy: '林顧問' });
    const v2 = await kit.call('briefings.save', {
      id: created.id,
      baseVersion: 1,
      content: content({ title: '改過的標題', slides: [textSlide('A'), textSlide('B')] }),
    });
    expect(v2.version).toBe(2);
    const old = await kit.call('briefings.get', { id: created.id, version: 1 });
    expect(old).toMatchObject({ version: 1, latest: false, title: '十二月市場回顧' });
    const versions = await kit.call('briefings.versions', { id: created.id });
    expect(versions.items.map((v) => [v.version, v.slideCount])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    const restored = await kit.call('briefings.restore', { id: created.id, version: 1 });
    expect(restored).toMatchObject({ version: 3, latest: true, title: '十二月市場回顧' });
    expect((await kit.call('briefings.versions', { id: created.id })).items[0]!.restoredFrom).toBe(1);
  });

  it('a save from an older version is refused (saved elsewhere), and nothing is written', async () => {
    const created = await kit.call('briefings.create', { content: content() });
    await kit.call('briefings.save', { id: created.id, baseVersion: 1, content: content({ title: 'B' }) });
    const error = await kit.fail('briefings.save', {
      id: created.id,
      baseVersion: 1,
      content: content({ title: 'C' }),
    });
    expect(error.code).toBe('CONFLICT');
    expect((await kit.call('briefings.get', { id: created.id })).title).toBe('B');
  });

  it('copy makes a new deck with new slide IDs; delete takes a deck off the list', async () => {
    const created = await kit.call('briefings.create', { content: content() });
    const copy = await kit.call('briefings.copy', { id: created.id });
    expect(copy.id).not.toBe(created.id);
    expect(copy.title).toBe('十二月市場回顧（副本）');
    expect(copy.slides[0]!.id).not.toBe(created.slides[0]!.id);
    expect(copy.slides[0]!.block).toEqual(created.slides[0]!.block);
    await kit.call('briefings.delete', { id: created.id });
    expect((await kit.call('briefings.list', {})).items.map((d) => d.id)).toEqual([copy.id]);
    expect((await kit.fail('briefings.get', { id: created.id })).code).toBe('NOT_FOUND');
    const actions = await kit.auditActions();
    expect(actions).toEqual(expect.arrayContaining(['briefing.create', 'briefing.copy', 'briefing.delete']));
  });

  it('a deck naming an unknown client is refused', async () => {
    const error = await kit.fail('briefings.create', { content: content({ clientId: randomUUID() }) });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('templates make complete decks in one action; a client review needs a client', async () => {
    const clientId = await kit.addClient();
    await kit.addKyc(clientId);
    const productId = await kit.addProduct();
    const weekly = await kit.call('briefings.fromTemplate', { template: 'weeklyMarketReview' });
    expect(weekly.slides.length).toBeGreaterThanOrEqual(5);
    const launch = await kit.call('briefings.fromTemplate', { template: 'productLaunch', productId });
    expect(launch.slides.some((s) => s.block.kind === 'productSpotlight')).toBe(true);
    const review = await kit.call('briefings.fromTemplate', { template: 'clientPortfolioReview', clientId });
    expect(review.clientId).toBe(clientId);
    const missing = await kit.fail('briefings.fromTemplate', { template: 'clientPortfolioReview' });
    expect(missing.code).toBe('VALIDATION');
    const list = await kit.call('briefings.list', { clientId });
    expect(list.items.map((d) => [d.id, d.clientName])).toEqual([[review.id, '陳大文']]);
  });

  it('keeps an image once by its bytes, and refuses bytes that are not the type named', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const a = await kit.call('briefings.addImage', { mime: 'image/png', dataBase64: png });
    const b = await kit.call('briefings.addImage', { mime: 'image/png', dataBase64: png });
    expect(a.imageId).toBe(b.imageId);
    const error = await kit.fail('briefings.addImage', { mime: 'image/jpeg', dataBase64: png });
    expect(error.code).toBe('VALIDATION');
  });
});

describe('decks and client deletion', () => {
  it('deleting a client erases the decks that name them, every version; other decks stay', async () => {
    const clientId = await kit.addClient({ name: '刪除測試' });
    const theirs = await kit.call('briefings.fromTemplate', { template: 'clientPortfolioReview', clientId });
    await kit.call('briefings.save', { id: theirs.id, baseVersion: 1, content: content({ clientId }) });
    const other = await kit.call('briefings.create', { content: content() });
    await kit.call('clients.delete', { id: clientId, reason: '當事人請求刪除', confirmName: '刪除測試' });
    expect((await kit.call('briefings.list', {})).items.map((d) => d.id)).toEqual([other.id]);
    expect((await kit.fail('briefings.versions', { id: theirs.id })).code).toBe('NOT_FOUND');
  });
});
