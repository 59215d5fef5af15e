import type { ReactNode } from 'react';

/**
 * A wide table (the correlation matrix) that scrolls sideways on a narrow window: focusable and
 * named, so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
