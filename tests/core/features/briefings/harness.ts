import { DEFAULT_QUESTIONNAIRE } from '../../../../shared/features/kyc';
import type { ProductInput } from '../../../../shared/features/products';
import { modest } from '../../../shared/features/kyc/fixtures';
import { coreKit } from '../kyc/core-kit';
import { productInput } from '../products/fixtures';

/** The kit every core test uses, with the facts a deck is built from: KYC, products, positions. */
export function briefingsKit(startAt = '2026-11-30T02:00:00Z') {
  const base = coreKit(startAt);
  const kit = Object.assign(base, {
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
  });
  return kit;
}
