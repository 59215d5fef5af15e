import type { Finding, Override } from '../../../../shared/features/suitability';

/** Whether an override was asked for this finding (same code, product and subject). */
export function isOverrideOf(override: Override, finding: Finding): boolean {
  return (
    override.code === finding.code &&
    override.productId === finding.productId &&
    override.subject === finding.subject
  );
}
