import type { ProposalFacts } from '../../../../../shared/features/proposals/schema';
import type { Language } from '../../../../../shared/i18n/messages';
import type { DocumentRenderer } from '../../../documents/renderer';
import { proposalCharts } from './charts';
import { proposalDocument } from './proposal-document';

export interface ProposalPdfOptions {
  language: Language;
}

/** The proposal's PDF (PDF/A-2b, A4) from its facts alone: it never reads the store. */
export async function renderProposalPdf(
  documents: DocumentRenderer,
  facts: ProposalFacts,
  options: ProposalPdfOptions,
): Promise<Buffer> {
  const charts = proposalCharts(documents, facts, options.language);
  return documents.render(proposalDocument(facts, options.language, charts));
}
