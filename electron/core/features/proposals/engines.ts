import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenariosFile, type ScenariosFile } from '../../../../shared/analytics/stress';
import type { HoldingsValuation } from '../../../../shared/features/holdings';
import type { Product } from '../../../../shared/features/products';
import {
  analyseProposal,
  type AssumptionsFile,
  type ProposalAnalysis,
  type ProposalContent,
  type ProposalFacts,
} from '../../../../shared/features/proposals';
import type { ProposalSettings } from '../../../../shared/features/proposals';
import type { DocumentRenderer } from '../../documents/renderer';
import { proposalPdfFileName, renderProposalPdf } from './document';

const SCENARIOS_FILE = resolve(import.meta.dirname, '../../../../resources/analytics/stress-scenarios.json');

export interface AnalysisInputs {
  content: ProposalContent;
  holdings: HoldingsValuation;
  assumptions: AssumptionsFile;
  products: readonly Product[];
  settings: ProposalSettings;
  /** The projection's first day (today). */
  day: string;
}

/** What a proposal runs on: the shared analysis and the proposal PDF (the documents lane). */
export interface ProposalEngines {
  analyse(inputs: AnalysisInputs): ProposalAnalysis;
  renderPdf(facts: ProposalFacts, language: 'zh-TW' | 'en'): Promise<Buffer>;
  fileName(facts: ProposalFacts, language: 'zh-TW' | 'en'): string;
}

export function createProposalEngines(documents: DocumentRenderer): ProposalEngines {
  // The shipped stress scenarios, read once on first use.
  let scenarios: ScenariosFile | null = null;
  const stressScenarios = () =>
    (scenarios ??= parseScenariosFile(JSON.parse(readFileSync(SCENARIOS_FILE, 'utf8'))));
  return {
    analyse: ({ content, holdings, assumptions, products, settings, day }) =>
      analyseProposal({
        content,
        holdings,
        products,
        assumptions,
        stressScenarios: stressScenarios(),
        startDay: day,
        settings,
      }),
    renderPdf: (facts, language) => renderProposalPdf(documents, facts, { language }),
    fileName: (facts, language) => proposalPdfFileName(facts, language),
  };
}
