import type { ComponentType } from 'react';
import type { Client } from '../../../shared/features/clients';
import type { Currency } from '../../../shared/kernel/money';
import type { Product } from '../../../shared/features/products';
import type { LeaveGuard } from './useLeaveGuard';
import type { FacetFilterProps } from '../lib/FacetSelect';

/**
 * Places on another feature's screen where a feature adds its own part without that screen
 * importing it: a card on the dossier, a tab in 合規, a card in 設定, a card on 今日, a key on the
 * client list. Each feature exports one
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
  /** Buttons beside the edit button of a shelf product's page (record the product's documents as given). */
  productActions?: readonly ProductAction[];
  /** Cards on the 今日 home page, in the features' order (visits, overdue by tier, KYC, ...). */
  homeCards?: readonly HomeCard[];
  /** Single-key actions on the client list's focused row (`L`: log a call), each with its dialog. */
  clientListKeys?: readonly ClientListKey[];
  /** Filters of the client list a feature answers (a tier, overdue, the KYC state), by facet key. */
  clientListFilters?: readonly ClientListFilter[];
  /** Actions on the clients selected on the list besides tags and advisor (log a mailing to all). */
  clientBulkActions?: readonly ClientBulkAction[];
}

/**
 * A filter on the client list that another feature answers: `facet` is the key the feature's core
 * registered for `clients.list` (`tier`, `overdue`, `kyc`); `Filter` draws its control (a select
 * of the firm's tiers...) and reports the chosen value, undefined for none.
 */
export interface ClientListFilter {
  facet: string;
  Filter: ComponentType<FacetFilterProps>;
}

/** A button on the client list's selection bar; its dialog acts on every selected client. */
export interface ClientBulkAction {
  key: string;
  labelKey: string;
  Dialog: ComponentType<{ clientIds: readonly string[]; onClose: () => void }>;
}

export interface FxNote {
  key: string;
  Note: ComponentType<{ currencies: readonly Currency[] }>;
}

export interface ProductAction {
  key: string;
  Action: ComponentType<{ product: Product }>;
}

/**
 * A card on the 今日 page. It reads its own channel (the activities feature's `activities.home`, the
 * tiers feature's `tiers.overdue`, the KYC feature's `kyc.duePending`...), draws nothing fake
 * while its feature has nothing, and links each item to the client (`clientPaths.dossier`).
 */
export interface HomeCard {
  key: string;
  Card: ComponentType;
}

/**
 * A key pressed while a row of the client list has the focus (Tab or a click on its name): the
 * page opens `Dialog` for that row's client. Keys are single letters without modifiers; the list
 * shows `hintKey` (its words name the key) so the shortcut can be found.
 */
export interface ClientListKey {
  /** The letter, lower case ('l'). */
  key: string;
  hintKey: string;
  Dialog: ComponentType<{ clientId: string; onClose: () => void }>;
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
