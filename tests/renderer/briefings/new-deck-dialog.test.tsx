// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../../renderer/src/app/settings';
import { NewDeckDialog } from '../../../renderer/src/features/briefings/NewDeckDialog';
import { appCore, click, mount, ok, settle } from '../harness';
import { DECK_ID, deckAt } from './fixtures';

describe('the new deck dialog', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => view.unmount());

  async function open() {
    const core = appCore({
      'briefings.fromTemplate': () => ok(deckAt(1)),
      'briefings.create': () => ok(deckAt(1)),
    });
    view = mount(core.api);
    const router = createMemoryRouter(
      [
        { path: '/', element: <NewDeckDialog open onClose={() => undefined} /> },
        { path: '/briefings/:id', element: <p data-testid="opened">opened</p> },
      ],
      { initialEntries: ['/'] },
    );
    await view.render(
      <SettingsProvider>
        <RouterProvider router={router} />
      </SettingsProvider>,
    );
    await settle(4);
    return { core, router };
  }

  const radio = (kind: string) => {
    const marked = document.querySelector<HTMLElement>(`[data-testid="deck-template-${kind}"]`)!;
    return marked instanceof HTMLInputElement ? marked : marked.querySelector('input')!;
  };
  const create = () => document.querySelector<HTMLButtonElement>('[data-testid="deck-create"]')!;

  it('makes a weekly market review in one action and opens it', async () => {
    const { core, router } = await open();
    await click(create());
    await settle(4);
    expect(core.calls.find((c) => c.channel === 'briefings.fromTemplate')?.input).toEqual({
      template: 'weeklyMarketReview',
      language: 'zh-TW',
    });
    expect(router.state.location.pathname).toBe(`/briefings/${DECK_ID}`);
  });

  it('asks for the client of a portfolio review and the product of a launch before it creates', async () => {
    const { core } = await open();
    await click(radio('clientPortfolioReview'));
    expect(create().disabled).toBe(true);
    expect(document.getElementById('deck-client')).not.toBeNull();
    await click(radio('productLaunch'));
    expect(create().disabled).toBe(true);
    expect(document.getElementById('deck-product')).not.toBeNull();
    await click(radio('blank'));
    expect(create().disabled).toBe(false);
    await click(create());
    await settle(4);
    expect(core.channels()).not.toContain('briefings.fromTemplate');
    expect(core.calls.find((c) => c.channel === 'briefings.create')?.input).toMatchObject({
      content: { kind: 'blank', clientId: null, slides: [{ block: { kind: 'title', title: '新簡報' } }] },
    });
  });
});
