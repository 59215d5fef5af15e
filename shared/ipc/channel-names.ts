import { AUDIT_CHANNELS } from '../features/audit/channels';
import { CLIENT_CHANNELS } from '../features/clients/channels';
import { DEMO_CHANNELS } from '../features/demo/channels';
import { SETTINGS_CHANNELS } from '../features/settings/channels';
import { VAULT_CHANNELS } from '../features/vault/channels';
import type { DuplicateName } from './define';

/**
 * Every channel's name, without schemas: the sandboxed preload needs the allow-list but cannot load
 * zod. One line per feature; contract.ts must define exactly these (checked at compile time).
 */
export const CHANNEL_NAMES = [
  ...VAULT_CHANNELS,
  ...CLIENT_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...AUDIT_CHANNELS,
  ...DEMO_CHANNELS,
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

// Two features declaring the same channel fail to compile, naming it.
type Duplicate = DuplicateName<typeof CHANNEL_NAMES>;
const noDuplicateChannel: [Duplicate] extends [never] ? true : Duplicate = true;
void noDuplicateChannel;
