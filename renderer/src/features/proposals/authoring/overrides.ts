import {
  isSameFinding,
  type Finding,
  type Override,
  type OverrideStatus,
} from '../../../../../shared/features/suitability';

/** Where a finding stands on overrides: none asked for yet, or the state of the latest asked for. */
export type OverrideState = 'none' | OverrideStatus;

/**
 * The override state of a live finding. An overridden finding is approved; one that still needs
 * approval reads the newest override asked for that same finding (same code, product, subject and
 * figures: a change of weight makes it another finding). An approval the live rules do not apply
 * (it was for an earlier KYC) counts as none: a new one must be asked for.
 */
export function overrideStateOf(
  finding: Finding,
  overrides: readonly Pick<
    Override,
    'code' | 'productId' | 'subject' | 'message' | 'status' | 'requestedAt'
  >[],
): OverrideState {
  if (finding.severity === 'overridden') return 'approved';
  const latest = overrides
    .filter((o) => isSameFinding(o, finding))
    .reduce<(typeof overrides)[number] | null>(
      (newest, o) => (newest === null || o.requestedAt > newest.requestedAt ? o : newest),
      null,
    );
  if (!latest || latest.status === 'approved') return 'none';
  return latest.status;
}

/** The overrides approved so far, as a key: when it changes the live findings are stale. */
export function approvalsKey(overrides: readonly Pick<Override, 'id' | 'status'>[]): string {
  return overrides
    .filter((o) => o.status === 'approved')
    .map((o) => o.id)
    .sort()
    .join(',');
}
