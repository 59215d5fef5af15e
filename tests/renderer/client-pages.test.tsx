// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  useClientPages,
  type ClientFilter,
  type ClientPages,
} from '../../renderer/src/features/clients/useClientPages';
import { useChannelMutation } from '../../renderer/src/lib/queries';
import { fakeApi, mount, ok, settle } from './harness';

const TOTAL = 10_000;
const summary = (i: number) => ({ id: `id-${i}`, name: `客戶${i}` });

/** A core with 10,000 clients; a text filter keeps those whose number contains it. */
function core() {
  const held: (() => void)[] = [];
  let holdAnswers = false;
  const fake = fakeApi({
    'clients.list': async (input: { text?: string; offset: number; limit: number }) => {
      if (holdAnswers) await new Promise<void>((resolve) => held.push(resolve));
      const all = Array.from({ length: TOTAL }, (_, i) => i).filter(
        (i) => !input.text || String(i).includes(input.text),
      );
      return ok({
        total: all.length,
        items: all.slice(input.offset, input.offset + input.limit).map(summary),
      });
    },
    'clients.importCsv': () => ok({ imported: 1 }),
  });
  return {
    ...fake,
    offsets: () => fake.calls.map((c) => (c.input as { offset?: number }).offset),
    hold: (on: boolean) => (holdAnswers = on),
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}

let pages: ClientPages;
let importCsv: () => Promise<unknown>;
function Probe({ filter }: { filter: ClientFilter }) {
  pages = useClientPages(filter);
  const mutation = useChannelMutation('clients.importCsv');
  importCsv = () => mutation.mutateAsync({ csv: '' });
  return null;
}

let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

describe('the client list, a page at a time over 10,000 clients', () => {
  it('asks only for the pages in view and keeps the ones it has', async () => {
    const fake = core();
    view = mount(fake.api);
    await view.render(<Probe filter={{ sort: 'name' }} />);
    expect(fake.offsets()).toEqual([0]);
    expect(fake.calls[0]!.input).toEqual({ sort: 'name', offset: 0, limit: PAGE_SIZE });
    expect(pages.total).toBe(TOTAL);
    expect(pages.rowAt(99)?.name).toBe('客戶99');
    expect(pages.rowAt(100)).toBeUndefined();

    // A jump to the middle: the total stays known (the table stays) while page 50 loads.
    fake.hold(true);
    await act(async () => pages.ensureRows(5000, 5030));
    expect(fake.offsets()).toEqual([0, 5000]);
    expect(pages.total).toBe(TOTAL);
    expect(pages.rowAt(5000)).toBeUndefined();
    fake.hold(false);
    fake.release();
    await settle();
    expect(pages.rowAt(5000)?.name).toBe('客戶5000');

    // Rows across a page boundary: both pages; scrolling back asks for nothing new.
    await act(async () => pages.ensureRows(5090, 5110));
    await settle();
    expect(pages.rowAt(5105)?.name).toBe('客戶5105');
    await act(async () => pages.ensureRows(0, 30));
    await settle();
    expect(fake.offsets()).toEqual([0, 5000, 5100]);
    expect(pages.rowAt(7)?.name).toBe('客戶7');
  });

  it('starts a new filter at the top and never shows an older filter’s late answer', async () => {
    const fake = core();
    view = mount(fake.api);
    await view.render(<Probe filter={{ sort: 'name' }} />);
    await act(async () => pages.ensureRows(3000, 3010));
    await settle();

    fake.hold(true);
    await view.render(<Probe filter={{ text: '77', sort: 'name' }} />);
    expect(pages.total).toBeNull();
    expect(pages.rowAt(0)).toBeUndefined();
    fake.hold(false);
    fake.release();
    await settle();
    expect(fake.calls.at(-1)!.input).toEqual({ text: '77', sort: 'name', offset: 0, limit: PAGE_SIZE });
    expect(pages.total).toBe(280);
    expect(pages.rowAt(0)?.name).toBe('客戶77');
  });

  it('reloads the pages in view after an import', async () => {
    const fake = core();
    view = mount(fake.api);
    await view.render(<Probe filter={{ sort: 'name' }} />);
    await act(async () => {
      await importCsv();
    });
    await settle();
    expect(fake.channels()).toEqual(['clients.list', 'clients.importCsv', 'clients.list']);
  });
});
