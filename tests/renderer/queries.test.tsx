// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/lib/api';
import { channelKey, useChannelMutation, useChannelQuery } from '../../renderer/src/lib/queries';
import { fakeApi, mount, ok, settle } from './harness';

const CLIENT_ID = '0f8e3c1a-1111-4222-8333-444455556666';
let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

/** Shows a query's state as text, so the test reads what a screen would show. */
function ClientName({ id }: { id: string }) {
  const query = useChannelQuery('clients.get', { id });
  if (query.error) {
    const { code, message, details } = query.error;
    return <p data-testid={`error-${id}`}>{JSON.stringify({ code, message, details })}</p>;
  }
  return <p data-testid={`name-${id}`}>{query.data ? query.data.name : 'loading'}</p>;
}

function FirmName() {
  const query = useChannelQuery('settings.get', {});
  return <p data-testid="firm">{query.data?.branding.firmName ?? 'loading'}</p>;
}

let mutate: ((name: string) => Promise<unknown>) | null = null;
function Rename({ invalidates }: { invalidates?: string[] }) {
  const update = useChannelMutation('clients.update', invalidates ? { invalidates } : {});
  mutate = (name) =>
    update.mutateAsync({ id: CLIENT_ID, version: 1, data: { name } as never }).catch((e: unknown) => e);
  return <p data-testid="pending">{String(update.isPending)}</p>;
}

function core() {
  let name = '陳美玲';
  return fakeApi({
    'clients.get': (input: { id: string }) =>
      input.id === CLIENT_ID
        ? ok({ id: CLIENT_ID, name })
        : { ok: false, error: { code: 'NOT_FOUND', message: 'no such client', details: { id: input.id } } },
    'settings.get': () => ok({ branding: { firmName: '安心理財' } }),
    'clients.update': (input: { data: { name: string } }) => {
      if (input.data.name === '') {
        return { ok: false, error: { code: 'VALIDATION', message: 'bad', details: { issues: [] } } };
      }
      name = input.data.name;
      return ok({ id: CLIENT_ID, name });
    },
  });
}

describe('useChannelQuery', () => {
  it('unwraps the value, and shares one call between screens asking the same channel and input', async () => {
    const { api, calls } = core();
    view = mount(api);
    await view.render(
      <>
        <ClientName id={CLIENT_ID} />
        <ClientName id={CLIENT_ID} />
      </>,
    );
    expect(view.byTestId(`name-${CLIENT_ID}`)!.textContent).toBe('陳美玲');
    expect(calls).toEqual([{ channel: 'clients.get', input: { id: CLIENT_ID } }]);
    expect(view.queryClient.getQueryData(channelKey('clients.get', { id: CLIENT_ID }))).toMatchObject({
      name: '陳美玲',
    });
  });

  it('turns {ok:false} into a typed ApiError with code, message and details', async () => {
    const { api } = core();
    view = mount(api);
    await view.render(<ClientName id="missing" />);
    expect(JSON.parse(view.byTestId('error-missing')!.textContent!)).toEqual({
      code: 'NOT_FOUND',
      message: 'no such client',
      details: { id: 'missing' },
    });
    const error = view.queryClient.getQueryState(channelKey('clients.get', { id: 'missing' }))?.error;
    expect(error).toBeInstanceOf(ApiError);
  });
});

describe('useChannelMutation', () => {
  it('refetches the queries of its own feature after a success, and no other', async () => {
    const { api, channels } = core();
    view = mount(api);
    await view.render(
      <>
        <ClientName id={CLIENT_ID} />
        <FirmName />
        <Rename />
      </>,
    );
    expect(channels().sort()).toEqual(['clients.get', 'settings.get']);
    await act(async () => {
      await mutate!('陳美鈴');
    });
    await settle();
    expect(channels()).toEqual(['clients.get', 'settings.get', 'clients.update', 'clients.get']);
    expect(view.byTestId(`name-${CLIENT_ID}`)!.textContent).toBe('陳美鈴');
  });

  it('refetches nothing after a failure, and rejects with the ApiError', async () => {
    const { api, channels } = core();
    view = mount(api);
    await view.render(
      <>
        <ClientName id={CLIENT_ID} />
        <Rename />
      </>,
    );
    let rejected: unknown;
    await act(async () => {
      rejected = await mutate!('');
    });
    await settle();
    expect(rejected).toBeInstanceOf(ApiError);
    expect(rejected).toMatchObject({ code: 'VALIDATION', details: { issues: [] } });
    expect(channels()).toEqual(['clients.get', 'clients.update']);
  });

  it('refetches the prefixes it names instead, when told', async () => {
    const { api, channels } = core();
    view = mount(api);
    await view.render(
      <>
        <ClientName id={CLIENT_ID} />
        <FirmName />
        <Rename invalidates={['settings']} />
      </>,
    );
    await act(async () => {
      await mutate!('陳美鈴');
    });
    await settle();
    expect(channels().filter((c) => c === 'settings.get')).toHaveLength(2);
    expect(channels().filter((c) => c === 'clients.get')).toHaveLength(1);
  });
});
