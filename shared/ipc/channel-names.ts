import { AUDIT_CHANNELS } from '../features/audit/channels';
import { CLIENT_CHANNELS } from '../features/clients/channels';
import { DEMO_CHANNELS } from '../features/demo/channels';
import { PRODUCT_CHANNELS } from '../features/products/channels';
import { KYC_CHANNELS } from '../features/kyc/channels';
import { INVESTOR_CLASS_CHANNELS } from '../features/investor-classes/channels';
import { PROPOSAL_CHANNELS } from '../features/proposals/channels';
import { SETTINGS_CHANNELS } from '../features/settings/channels';
import { SUITABILITY_CHANNELS } from '../features/suitability/channels';
import { VAULT_CHANNELS } from '../features/vault/channels';
import { HOLDINGS_CHANNELS } from '../features/holdings/channels';
import { GOAL_CHANNELS } from '../features/goals/channels';
import { ASSUMPTIONS_CHANNELS } from '../features/capital-markets/channels';
import { COMPLIANCE_CHANNELS } from '../features/compliance/channels';
import { BACKUP_CHANNELS } from '../features/backup/channels';
import { ACTIVITY_CHANNELS } from '../features/activities/channels';
import { TIER_CHANNELS } from '../features/tiers/channels';
import type { DuplicateName } from './define';

/**
 * Channel names without schemas: the sandboxed preload needs the allow-list but cannot load zod.
 * One line per feature; contract.ts must define exactly these (checked at compile time).
 *
 * The window (Electron's preload and main bridge, the browser host) may call these.
 */
export const WINDOW_CHANNEL_NAMES = [
  ...VAULT_CHANNELS,
  ...CLIENT_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...AUDIT_CHANNELS,
  ...PRODUCT_CHANNELS,
  ...KYC_CHANNELS,
  ...SUITABILITY_CHANNELS,
  ...INVESTOR_CLASS_CHANNELS,
  ...HOLDINGS_CHANNELS,
  ...GOAL_CHANNELS,
  ...ASSUMPTIONS_CHANNELS,
  ...PROPOSAL_CHANNELS,
  ...COMPLIANCE_CHANNELS,
  ...BACKUP_CHANNELS,
  ...ACTIVITY_CHANNELS,
  ...TIER_CHANNELS,
] as const;

/** Only the command line calls these (demo data in bulk): no page is ever offered them. */
export const CLI_ONLY_CHANNEL_NAMES = [...DEMO_CHANNELS] as const;

export const CHANNEL_NAMES = [...WINDOW_CHANNEL_NAMES, ...CLI_ONLY_CHANNEL_NAMES] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

// Two features declaring the same channel fail to compile, naming it.
type Duplicate = DuplicateName<typeof CHANNEL_NAMES>;
const noDuplicateChannel: [Duplicate] extends [never] ? true : Duplicate = true;
void noDuplicateChannel;

const windowChannels: ReadonlySet<string> = new Set(WINDOW_CHANNEL_NAMES);

/** Whether the app's window may call this channel (the preload, main and the browser host check). */
export function isWindowChannel(name: unknown): boolean {
  return typeof name === 'string' && windowChannels.has(name);
}
