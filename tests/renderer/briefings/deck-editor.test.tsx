// @vitest-environment happy-dom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck, DeckContent } from '../../../shared/features/briefings';
import { SettingsProvider } from '../../../renderer/src/app/settings';
import { DeckEditorPage } from '../../../renderer/src/features/briefings/DeckEditorPage';
import { appCore, click, mount, ok, settle } from '../harness';
import { DECK_ID, deckAt, RESOLVED, resolvedDeck } from './fixtures';

/** A core keeping one deck's versions in memory: each save adds one, as the real core does. */
function deckCore() {
  const versions: Deck[] = [deckAt(1)];
  const saves: { baseVersion: number; content: DeckContent }[] = [];
  const latest = () => versions.at(-1)!;
  const core = appCore({
    'briefings.get': (input: { id: string; version?: number }) =>
      ok(
        input.version
          ? { ...versions[input.version - 1]!, latest: input.version === versions.length }
          : latest(),
      ),
    'briefings.slides': () => ok(resolvedDeck(RESOLVED.slice(0, 3), latest().version)),
    'briefings.save': (input: { id: string; baseVersion: number; content: DeckContent }) => {
      saves.push(input);
      if (input.baseVersion !== latest().version)
        return { ok: false, error: { code: 'CONFLICT', message: 'x' } };
      versions.push({ ...latest(), ...input.content, version: versions.length + 1 });
      return ok(latest());
    },
    'briefings.versions': () =>
      ok({
        items: [...versions].reverse().map((v) => ({
          version: v.version,
          title: v.title,
          slideCount: v.slides.length,
          savedAt: v.savedAt,
          savedBy: v.savedBy,
          restoredFrom: null,
        })),
      }),
    'market.seriesList': () => ok({ today: '2026-11-30', series: [] }),
  });
  return { ...core, saves, versions };
}

async function openEditor(core: ReturnType<typeof deckCore>) {
  const view = mount(core.api);
  const router = createMemoryRouter(
    [
      { path: '/briefings/:id', element: <DeckEditorPage id={DECK_ID} /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [`/briefings/${DECK_ID}`] },
  );
  await view.render(
    <SettingsProvider>
      <RouterProvider router={router} />
    </SettingsProvider>,
  );
  await settle(5);
  return { view, router };
}

const items = () => [...document.querySelectorAll<HTMLElement>('[data-testid="deck-slide-item"]')];
const list = () => document.querySelector<HTMLElement>('[data-testid="deck-slide-list"]')!;

async function key(target: HTMLElement, keyName: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...init }),
    );
  });
  await settle();
}

/** Types into a textarea or input the way a user does (React hears the native setter). */
async function typeText(element: HTMLElement, value: string) {
  const proto =
    element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

describe('the deck editor', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => view.unmount());

  it('edits a text slide, previews the typing at once and saves it as version 2 with Ctrl+S', async () => {
    const core = deckCore();
    ({ view } = await openEditor(core));
    expect(view.byTestId('deck-editor-version')!.textContent).toBe('第 1 版');
    await key(list(), 'ArrowDown');
    expect(items()[1]!.getAttribute('aria-selected')).toBe('true');
    await typeText(view.byTestId('deck-block-heading')!, '下週展望');
    expect(view.byTestId('deck-preview')!.textContent).toContain('下週展望');
    await key(window.document.body, 's', { ctrlKey: true });
    await settle(5);
    expect(core.saves).toHaveLength(1);
    expect(core.saves[0]!.baseVersion).toBe(1);
    expect(core.saves[0]!.content.slides[1]!.block).toMatchObject({ kind: 'text', heading: '下週展望' });
    expect(view.byTestId('deck-editor-version')!.textContent).toBe('第 2 版');
  });

  it('reorders with Alt+arrows, removes with Delete, and adds a slide after the selected one', async () => {
    const core = deckCore();
    ({ view } = await openEditor(core));
    await key(list(), 'End');
    await key(list(), 'ArrowUp', { altKey: true });
    expect(items().map((i) => i.textContent)).toEqual([
      expect.stringContaining('標題頁'),
      expect.stringContaining('客戶持有與模型比較'),
      expect.stringContaining('文字條列'),
    ]);
    expect(items()[1]!.getAttribute('aria-selected')).toBe('true');
    await key(list(), 'Delete');
    expect(items()).toHaveLength(2);
    await click(view.byTestId('deck-slide-add'));
    expect(items()).toHaveLength(3);
    expect(items()[2]!.textContent).toContain('文字條列');
    expect(items()[2]!.getAttribute('aria-selected')).toBe('true');
  });

  it('refuses to save a text slide without a heading, naming the field, and sends nothing', async () => {
    const core = deckCore();
    ({ view } = await openEditor(core));
    await key(list(), 'ArrowDown');
    await typeText(view.byTestId('deck-block-heading')!, '');
    await click(view.byTestId('deck-save'));
    expect(core.saves).toHaveLength(0);
    expect(view.byTestId('deck-block-heading-error')!.textContent).toBeTruthy();
  });

  it('opens an older version read-only from the history', async () => {
    const core = deckCore();
    ({ view } = await openEditor(core));
    await click(view.byTestId('deck-save'));
    await settle(5);
    expect(core.versions).toHaveLength(2);
    await click(view.byTestId('deck-history'));
    await settle(5);
    const viewButtons = [
      ...document.querySelectorAll<HTMLButtonElement>('[data-testid="deck-version-view"]'),
    ];
    await click(viewButtons.find((b) => !b.disabled)!);
    await settle(5);
    expect(view.text()).toContain('正在檢視第 1 版（唯讀）');
    expect(view.byTestId('deck-save')).toBeNull();
    expect((view.byTestId('deck-title-input') as HTMLInputElement).disabled).toBe(true);
  });
});
