import type { ComponentType } from 'react';
import type { Client } from '../../../shared/features/clients';
import type { Currency } from '../../../shared/kernel/money';
import type { LeaveGuard } from './useLeaveGuard';

/**
 * Places on another feature's screen where a feature adds its own part without that screen
 * importing it: a card on the dossier, a tab in 合規, a card in 設定. Each feature exports one
 * `FeatureSlots` from its index; app/feature-slots.ts lists them, one line per feature.
 */
export interface FeatureSlots {
  /** Cards on a client's dossier, below the basic data and the assets chart. */
  dossierPanels?: readonly DossierPanel[];
  /** Tabs of the 合規 section, after the audit trail. */
  complianceTabs?: readonly ComplianceTab[];
  /** Cards on the settings page, before the passphrase. */
  settingsSections?: readonly SettingsSection[];
  /** Notices above every page (the backup reminder); each draws nothing when it has nothing to say. */
  banners?: readonly Banner[];
  /** Other ways in than a new vault or the passphrase, on the setup and unlock screens (restore from a backup). */
  vaultStarts?: readonly VaultStart[];
  /** Notes under a TWD total (the FX rates it used, their dates and freshness), given the currencies held. */
  fxNotes?: readonly FxNote[];
}

export interface FxNote {
  key: string;
  Note: ComponentType<{ currencies: readonly Currency[] }>;
}

export interface VaultStart {
  key: string;
  /** The start screen's button and the card's title while it is shown. */
  labelKey: string;
  /**
   * Draws in the start card; calls `onDone` once a (locked) vault is in place, for the unlock
   * screen. `vaultExists`: on the unlock screen, where a vault (perhaps a damaged one) is there.
   */
  Start: ComponentType<{ onDone: () => void; vaultExists: boolean }>;
}

export interface Banner {
  key: string;
  Banner: ComponentType;
}

export interface DossierPanel {
  key: string;
  Panel: ComponentType<{ client: Client }>;
}

export interface ComplianceTab {
  /** Also the `?tab=` value in the address, so a row opened from the tab comes back to it. */
  key: string;
  labelKey: string;
  Tab: ComponentType;
}

export interface SettingsSection {
  key: string;
  titleKey: string;
  /** Reports unsaved typing to the page's one leave guard. */
  Section: ComponentType<{ guard: LeaveGuard }>;
}
