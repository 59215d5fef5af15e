import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deckContentSchema, DECK_TEMPLATES, templateDeck } from '../../../../shared/features/briefings';

const client = { id: randomUUID(), grade: { scale: 'five' as const, level: 4 } };
const product = { id: randomUUID(), name: '全球收益基金' };

describe('templates make complete decks', () => {
  it.each(DECK_TEMPLATES)('%s: a valid deck starting with a title slide', (template) => {
    const deck = templateDeck({ template, language: 'zh-TW', client, product, newId: randomUUID });
    expect(deckContentSchema.parse(deck)).toEqual(deck);
    expect(deck.kind).toBe(template);
    expect(deck.slides[0]!.block.kind).toBe('title');
    expect(deck.slides.length).toBeGreaterThanOrEqual(4);
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
  });

  it('a client portfolio review names the client and compares with the model for their grade', () => {
    const deck = templateDeck({
      template: 'clientPortfolioReview',
      language: 'en',
      client,
      newId: randomUUID,
    });
    expect(deck.clientId).toBe(client.id);
    const kinds = deck.slides.map((s) => s.block);
    expect(kinds.some((b) => b.kind === 'clientPortfolio')).toBe(true);
    expect(kinds.find((b) => b.kind === 'allocation')).toMatchObject({ grade: client.grade });
  });

  it('a product launch spotlights the product', () => {
    const deck = templateDeck({ template: 'productLaunch', language: 'zh-TW', product, newId: randomUUID });
    expect(deck.clientId).toBeNull();
    expect(deck.title).toContain(product.name);
    expect(deck.slides.map((s) => s.block)).toContainEqual({
      kind: 'productSpotlight',
      productId: product.id,
      commentary: '',
    });
  });
});
