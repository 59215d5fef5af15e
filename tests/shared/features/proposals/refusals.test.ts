import { describe, expect, it } from 'vitest';
import { presentRefusals } from '../../../../shared/features/proposals';
import type { Finding } from '../../../../shared/features/suitability';
import { proposalFacts } from '../../../core/features/proposals/facts-fixture';

const finding = (code: Finding['code'], severity: Finding['severity']): Finding => ({
  code,
  severity,
  rule: 'test',
  settings: [],
  productId: null,
  subject: null,
  message: { 'zh-TW': code, en: code },
  overrideId: null,
});

describe('the rules for presenting', () => {
  it('refuses nothing for current KYC, approved products and no findings', () => {
    expect(presentRefusals(proposalFacts())).toEqual([]);
  });

  it('refuses a 65+ client whose current KYC lacks the elderly questions (a block, not a KYC state)', () => {
    const base = proposalFacts();
    const facts = proposalFacts({
      suitability: { ...base.suitability, findings: [finding('kyc_not_elderly', 'block')] },
    });
    expect(presentRefusals(facts)).toEqual([{ code: 'suitability_blocked', productCode: null }]);
  });

  it('reports an expired KYC once, not once per KYC finding', () => {
    const base = proposalFacts();
    const facts = proposalFacts({
      suitability: { ...base.suitability, kycState: 'expired', findings: [finding('kyc_expired', 'block')] },
    });
    expect(presentRefusals(facts)).toEqual([{ code: 'kyc_not_current', productCode: null }]);
  });

  it('refuses a client on file without a national ID (a prospect): the proposal names the client by it', () => {
    const base = proposalFacts();
    const facts = proposalFacts({ client: { ...base.client, nationalIdMasked: '' } });
    expect(presentRefusals(facts)).toEqual([{ code: 'national_id_missing', productCode: null }]);
  });

  it('refuses holdings it cannot value in full (a currency without a rate)', () => {
    const base = proposalFacts();
    const facts = proposalFacts({ holdings: { ...base.holdings, missingRates: ['GBP'] } });
    expect(presentRefusals(facts)).toEqual([{ code: 'holdings_missing_rate', productCode: null }]);
  });
});
