import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText } from '../../kernel/text-fields';

/** The firm's proposal settings: what the branded PDF says about the advisor and the firm, and the rules. */
export const proposalSettingsSchema = z.object({
  /** The advisor's licence (登錄字號 / 業務員證號) printed on the cover and signature page. */
  advisorLicenceNumber: optionalText(40),
  /** The firm's disclaimer, printed on the disclosure pages. */
  firmDisclaimer: optionalText(2000),
  /** The firm's contact and complaint line (address, phone, email), printed with the complaint channels. */
  firmContact: optionalText(500),
  /** From this age the large-type PDF is chosen automatically (domain.md: 65+). */
  largeTypeFromAge: z.number().int().min(50).max(100),
  /** A presented proposal the client has not answered expires after this many days. */
  validityDays: z.number().int().min(1).max(365),
  /** The cost of selling a holding, in percent of its value (commission and tax), for the trade list. */
  sellCostPercent: z.number().min(0).max(10),
  /** Paths of the Monte Carlo simulation (the figure: 10,000). */
  simulationPaths: z.number().int().min(1000).max(100_000),
});
export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

export const DEFAULT_PROPOSAL_SETTINGS: ProposalSettings = {
  advisorLicenceNumber: null,
  firmDisclaimer: null,
  firmContact: null,
  largeTypeFromAge: 65,
  validityDays: 30,
  // Taiwan listed shares: 0.1425% commission + 0.3% securities transaction tax on a sale.
  sellCostPercent: 0.4425,
  simulationPaths: 10_000,
};

export const PROPOSAL_SETTINGS_WORDS: AuditWords = { 'zh-TW': '建議書設定', en: 'proposal settings' };
