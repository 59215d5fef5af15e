import { z } from 'zod';
import { KYC_STATES } from '../../../../shared/features/kyc';
import type { ClientListFacet } from '../clients';
import type { KycService } from './service';

/**
 * The client list's `kyc` filter: clients whose KYC is in a state today (KYC_STATES). 'none' is
 * every client without an assessment: the list keeps all but those with one.
 */
export function kycListFacet(kyc: KycService): ClientListFacet {
  return {
    key: 'kyc',
    values: z.enum(KYC_STATES),
    match: (state) => {
      const ids = kyc.clientsInState(z.enum(KYC_STATES).parse(state));
      return state === 'none' ? { exclude: ids } : { include: ids };
    },
  };
}
