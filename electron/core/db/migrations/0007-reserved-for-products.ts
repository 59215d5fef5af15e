import type { Migration } from './migration';

/**
 * STAND-IN on the investor-classes branch only: version 7 is reserved for the products feature, whose
 * own step replaces this file at merge. It lets this branch's schema stay contiguous meanwhile.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'reserved for products',
  up() {
    // Nothing: the products branch brings the real step.
  },
};
