import type { z } from 'zod';
import type { assumptionsFileSchema, ScenariosFile } from '../../../analytics';
import type { HoldingsValuation } from '../../holdings';
import type { Product } from '../../products';
import type { ProposalSettings } from '../settings';
import type { ProposalContent } from '../schema';

/** What analyseProposal reads: everything comes in, nothing is looked up. */

/** The fields of a proposed product the analysis needs (a full shelf Product will do). */
export type ProposedProduct = Pick<
  Product,
  'id' | 'code' | 'nameZh' | 'nameEn' | 'assetClass' | 'currency' | 'riskRating'
> & { fees: Pick<Product['fees'], 'frontLoadPercent'> };

export interface ProposalAnalysisInput {
  content: ProposalContent;
  /** The client's holdings valued today; null (or empty) when the client holds nothing with the firm. */
  holdings: HoldingsValuation | null;
  /** At least the products content.items name. */
  products: readonly ProposedProduct[];
  /** The capital-market assumptions of content.assumptionsVersion. */
  assumptions: z.output<typeof assumptionsFileSchema>;
  /** The stress scenarios (resources/analytics/stress-scenarios.json, parsed by parseScenariosFile). */
  stressScenarios: ScenariosFile;
  /** The day the projection starts (ISO YYYY-MM-DD); its month is month 0. */
  startDay: string;
  settings: Pick<ProposalSettings, 'sellCostPercent' | 'simulationPaths'>;
  /** The simulation's seed: DEFAULT_ANALYSIS_SEED unless given, so the screen and the PDF agree. */
  seed?: number;
  /** Annual inflation for goals in today's money (DEFAULT_INFLATION unless given). */
  inflation?: number;
}

export const DEFAULT_ANALYSIS_SEED = 20_261_130;

/** 2% a year: the central bank's comfort level for Taiwan's CPI, for goals stated in today's money. */
export const DEFAULT_INFLATION = 0.02;

/** Frontier points drawn on the chart. */
export const FRONTIER_POINTS = 25;
