import type { Migration } from './migration';

/**
 * STAND-IN on the investor-classes branch only: version 8 is reserved for the kyc feature, whose
 * own step replaces this file at merge. It lets this branch's schema stay contiguous meanwhile.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'reserved for kyc',
  up() {
    // Nothing: the kyc branch brings the real step.
  },
};
