import { afterEach, beforeEach } from 'vitest';
import { createCore, type Core } from '../../../../electron/core/app';
import type { ClientData } from '../../../../shared/features/clients';
import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import type { ProductInput } from '../../../../shared/features/products';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../../shared/ipc/result';
import { modest } from '../../../shared/features/kyc/fixtures';
import { clientData } from '../../db/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { productInput } from '../products/fixtures';

/** A real core over a fresh encrypted vault per test, called as the window calls it. */
export function briefingsKit(startAt = '2026-11-30T02:00:00Z') {
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
    advance(ms: number) {
      state.clock += ms;
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
    async addKyc(clientId: string): Promise<void> {
      const a = await kit.call('kyc.take', { clientId, answers: modest(DEFAULT_QUESTIONNAIRE) });
      await kit.call('kyc.confirm', { assessmentId: a.id, method: 'seal', on: a.takenOn });
    },
    async addProduct(overrides: Partial<ProductInput> = {}): Promise<string> {
      return (await kit.call('products.create', { data: productInput(overrides) })).id;
    },
    /** A shelf position worth quantity × price in the product's currency. */
    async addPosition(clientId: string, productId: string, quantity: number, price: number): Promise<void> {
      const { version } = await kit.call('holdings.get', { clientId });
      await kit.call('holdings.addPosition', {
        clientId,
        version,
        data: {
          productId,
          name: null,
          assetClass: null,
          currency: null,
          custodian: 'domestic',
          quantity,
          price,
          priceDate: '2026-11-28',
        },
      });
    },
    async auditActions(): Promise<string[]> {
      const page = await kit.call('audit.list', {});
      return page.items.map((e) => e.action);
    },
  };
  return kit;
}
