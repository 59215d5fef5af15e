import { afterEach, beforeEach } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { clientData } from '../../../core/db/fixtures';
import type { ClientData } from '../../../../shared/features/clients';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';

/** A real core over a fresh encrypted vault per test, with a clock the test moves. */
export function coreKit(startAt = '2026-11-30T02:00:00Z') {
  const state = { dir: '', clock: 0, core: null as Core | null };
  beforeEach(async () => {
    state.dir = makeTempDataDir();
    state.clock = Date.parse(startAt);
    state.core = createCore({
      dataDir: state.dir,
      now: () => state.clock,
      checkOutputs: true,
      logError: () => undefined,
      osUser: 'tester',
    });
    await kit.call('vault.setup', { passphrase: 'a long enough passphrase' });
    await kit.call('settings.update', { advisorName: '林顧問' });
  });
  afterEach(() => {
    state.core?.close();
    removeTempDataDir(state.dir);
  });
  const kit = {
    get core(): Core {
      return state.core!;
    },
    /** Moves the clock to an instant. */
    setNow(iso: string) {
      state.clock = Date.parse(iso);
    },
    async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const result = await state.core!.invoke(channel, input);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as ChannelOutput<C>;
    },
    async fail<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ErrorInfo> {
      const result = await state.core!.invoke(channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
    async addClient(overrides: Partial<ClientData> = {}): Promise<string> {
      const { nationalId, ...data } = clientData(overrides);
      return (await kit.call('clients.create', { data: { ...data, nationalId } })).id;
    },
  };
  return kit;
}
