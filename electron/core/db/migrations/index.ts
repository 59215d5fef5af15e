import { migration0001 } from './0001-clients-settings-audit';
import { migration0002 } from './0002-client-search-index';
import { migration0003 } from './0003-unique-national-id';
import { migration0004 } from './0004-audit-actor';
import { migration0005 } from './0005-demo-clients';
import { migration0006 } from './0006-asset-order';
import { migration0007 } from './0007-products';
import { migration0008 } from './0008-kyc';
import { migration0009 } from './0009-investor-classes';
import { migration0010 } from './0010-suitability';
import { migration0011 } from './0011-holdings';
import { migration0012 } from './0012-goals';
import { migration0013 } from './0013-capital-markets';
import { migration0014 } from './0014-proposals';
import { migration0015 } from './0015-audit-chain';
import { migration0016 } from './0016-client-deletion';
import { migration0017 } from './0017-backup';
import { migration0018 } from './0018-compliance';
import { migration0019 } from './0019-assumptions-shipped';
import { migration0020 } from './0020-data-request-extension';
import { migration0021 } from './0021-market-data';
import { migration0022 } from './0022-briefings';
import { migration0023 } from './0023-information-records';
import { migration0024 } from './0024-regulatory-updates';
import { migration0025 } from './0025-escalations';
import { migration0026 } from './0026-pipeline';
import { migration0027 } from './0027-tiers';
import { migration0028 } from './0028-activities';
import { migration0029 } from './0029-book-snapshots';
import { migration0030 } from './0030-client-archive';
import { migration0031 } from './0031-home-page-indexes';
import type { Migration } from './migration';

export type { Migration };

/** Every schema step in order; a new feature appends its file here (contiguity is tested). */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0022,
  migration0023,
  migration0024,
  migration0025,
  migration0026,
  migration0027,
  migration0028,
  migration0029,
  migration0030,
  migration0031,
];
