import type { DataRequestInput } from '../../../../shared/features/compliance';

/** A copy request received 2026-11-20, identity checked at the counter; overrides change any field. */
export function dataRequest(clientId: string, overrides: Partial<DataRequestInput> = {}): DataRequestInput {
  return {
    clientId,
    kind: 'copy',
    receivedOn: '2026-11-20',
    identityCheckedBy: '林專員',
    identityMethod: 'id_card',
    details: null,
    ...overrides,
  };
}
