// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeckSummary } from '../../../shared/features/briefings';
import { SettingsProvider } from '../../../renderer/src/app/settings';
import { DeckListPage } from '../../../renderer/src/features/briefings/DeckListPage';
import { appCore, CLIENT, click, mount, ok, settle } from '../harness';
import { DECK_ID, deckAt } from './fixtures';

const SUMMARY: DeckSummary = {
  id: DECK_ID,
  title: '陳小姐年度檢視',
  kind: 'clientPortfolioReview',
  clientId: CLIENT.id,
  clientName: CLIENT.name,
  version: 3,
  slideCount: 5,
  savedAt: '2026-11-30T02:00:00.000Z',
  createdAt: '2026-11-30T01:00:00.000Z',
};

describe('the deck list', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => view.unmount());

  async function open() {
    let decks = [SUMMARY];
    const core = appCore({
      'briefings.list': () => ok({ items: decks }),
      'briefings.copy': () => ok({ ...deckAt(1), id: '5a0c7d0e-0000-4000-8000-00000000d002', title: '複本' }),
      'briefings.delete': (input: { id: string }) => {
        decks = decks.filter((d) => d.id !== input.id);
        return ok({ id: input.id });
      },
    });
    view = mount(core.api);
    const router = createMemoryRouter([{ path: '/', element: <DeckListPage /> }]);
    await view.render(
      <SettingsProvider>
        <RouterProvider router={router} />
      </SettingsProvider>,
    );
    await settle(4);
    return core;
  }

  it('shows each deck with its template, client, version and slides', async () => {
    await open();
    const row = view.byTestId('deck-link')!.closest('tr')!.textContent;
    for (const words of ['陳小姐年度檢視', '客戶投資組合檢視', CLIENT.name, '3', '5'])
      expect(row).toContain(words);
  });

  it('copies a deck and deletes one after asking', async () => {
    const core = await open();
    await click(view.byTestId('deck-copy'));
    expect(core.calls.find((c) => c.channel === 'briefings.copy')?.input).toEqual({ id: DECK_ID });
    await click(view.byTestId('deck-delete'));
    expect(core.channels()).not.toContain('briefings.delete');
    await click(view.byTestId('deck-delete-confirm'));
    await settle(4);
    expect(core.calls.find((c) => c.channel === 'briefings.delete')?.input).toEqual({ id: DECK_ID });
    expect(view.byTestId('deck-link')).toBeNull();
  });
});
