import type { ProductSummary } from '../../shared/features/products';
import { DEFAULT_QUESTIONNAIRE, questionsFor } from '../../shared/features/kyc';
import { callHost, createClient, type ClientFacts, type RunningHost } from './browser-host';

/** Seeding for the proposals e2e through the host's channels, as the screens would call them. */

export async function call<T>(host: RunningHost, channel: string, input: unknown): Promise<T> {
  const answer = (await callHost(host, channel, input)) as
    { ok: true; value: T } | { ok: false; error: unknown };
  if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/** A client with a confirmed KYC taken today (by the host's clock), answering every question with its last option. */
export async function clientWithKyc(host: RunningHost, facts: ClientFacts): Promise<string> {
  const clientId = await createClient(host, facts);
  const answers = Object.fromEntries(
    questionsFor(DEFAULT_QUESTIONNAIRE, false).map((q) => [q.id, q.options.at(-1)!.id]),
  );
  const taken = await call<{ id: string; takenOn: string }>(host, 'kyc.take', { clientId, answers });
  await call(host, 'kyc.confirm', { assessmentId: taken.id, method: 'signature', on: taken.takenOn });
  return clientId;
}

/** The demo shelf, and each asset class's approved product of the lowest RR as the preferred one. */
export async function shelfWithPreferred(host: RunningHost): Promise<ProductSummary[]> {
  await call(host, 'products.seedDemo', {});
  const { items } = await call<{ items: ProductSummary[] }>(host, 'products.list', { state: 'approved' });
  const approved = items.filter((p) => !p.isComplex);
  const preferred: Record<string, string> = {};
  for (const product of [...approved].sort((a, b) => a.riskRating - b.riskRating))
    preferred[product.assetClass] ??= product.id;
  const settings = await call<{ suitability: { concentration: Record<string, unknown> } }>(
    host,
    'settings.get',
    {},
  );
  // The test firm allows any concentration: the e2e is about the proposal path, not those limits.
  const concentration = {
    ...settings.suitability.concentration,
    maxProductPercent: 100,
    maxIssuerPercent: 100,
    maxRr5Percent: 100,
    maxForeignCurrencyPercent: 100,
  };
  await call(host, 'settings.update', {
    shelf: { preferredByAssetClass: preferred },
    suitability: { ...settings.suitability, concentration },
  });
  return approved;
}

/** A Taiwan-equity position and TWD cash at the bank. */
export async function seedHoldings(
  host: RunningHost,
  clientId: string,
  product: ProductSummary,
  day: string,
) {
  const state = await call<{ version: number }>(host, 'holdings.addPosition', {
    clientId,
    version: 0,
    data: {
      productId: product.id,
      name: null,
      assetClass: null,
      currency: null,
      custodian: 'domestic',
      quantity: 20_000,
      price: 150,
      priceDate: day,
    },
  });
  await call(host, 'holdings.setCash', {
    clientId,
    version: state.version,
    data: { currency: 'TWD', custodian: 'bank', amount: 5_000_000 },
  });
}
