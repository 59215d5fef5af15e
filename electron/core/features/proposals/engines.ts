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
import { loadStressScenarios } from '../../analytics/stress-scenarios';
import type { DocumentRenderer } from '../../documents/renderer';
import { proposalPdfFileName, renderProposalPdf } from './document';

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

/** `analyticsDir`: where the shipped stress scenarios are (resources/analytics). */
export function createProposalEngines(documents: DocumentRenderer, analyticsDir: string): ProposalEngines {
  return {
    analyse: ({ content, holdings, assumptions, products, settings, day }) =>
      analyseProposal({
        content,
        holdings,
        products,
        assumptions,
        stressScenarios: loadStressScenarios(analyticsDir),
        startDay: day,
        settings,
      }),
    renderPdf: (facts, language) => renderProposalPdf(documents, facts, { language }),
    fileName: (facts, language) => proposalPdfFileName(facts, language),
  };
}
