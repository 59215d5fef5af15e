// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenterView } from '../../../renderer/src/features/presentation/PresenterView';
import { fakeApi, mount, type Handler } from '../harness';

/** The presenter's controls before the deck is read (a click then was lost: the e2e test covers after). */

let view: ReturnType<typeof mount> | null = null;
afterEach(() => view?.unmount());

async function presenter(slides: Handler) {
  const { api } = fakeApi({ 'briefings.slides': slides });
  view = mount(api);
  const router = createMemoryRouter([{ path: '/', element: <PresenterView deckId="deck-1" /> }]);
  await view.render(<RouterProvider router={router} />);
  return view;
}

describe('the presenter view', () => {
  it('waits for the deck: no counter and no slide buttons until it is read', async () => {
    const shown = await presenter(() => new Promise(() => undefined));
    expect(shown.byTestId('presenter-counter')!.textContent).toBe('…');
    for (const id of ['presenter-next', 'presenter-previous', 'presenter-blank']) {
      expect((shown.byTestId(id) as HTMLButtonElement).disabled).toBe(true);
    }
  });
});
