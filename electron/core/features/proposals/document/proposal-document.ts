import { PROPOSAL_KIND_WORDS, type ProposalFacts } from '../../../../../shared/features/proposals/schema';
import { startOfDay } from '../../../../../shared/kernel/dates';
import type { Language } from '../../../../../shared/i18n/messages';
import type { Block, DocumentSpec } from '../../../documents/document';
import {
  allocationSection,
  clientSection,
  figuresSection,
  goalsSection,
  monteCarloSection,
  stressSection,
  summarySection,
  type ChartBlocks,
} from './analysis-sections';
import { acknowledgementSection, assumptionsSection, complaintsSection } from './closing-sections';
import { coverBlock } from './cover';
import { proposalWriter } from './format';
import { disclosureSection, feesSection, productsSection, tradesSection } from './product-sections';

/**
 * The proposal (建議書) as blocks of the documents lane, drawn only from its facts: the same facts
 * give the same bytes (the document is dated by the facts' day), so a presented proposal's PDF
 * can be made again and matches its recorded hash.
 */
export function proposalDocument(
  facts: ProposalFacts,
  language: Language,
  charts: ChartBlocks,
): DocumentSpec {
  const w = proposalWriter(facts, language);
  const { text } = w;
  const kind = PROPOSAL_KIND_WORDS[facts.content.kind][language];
  const numbered = text.withNote(facts.number, text.cover.revision(facts.revision));
  const blocks: Block[] = [
    coverBlock(w),
    { kind: 'toc' },
    ...summarySection(w, charts),
    ...clientSection(w),
    ...goalsSection(w),
    ...allocationSection(w, charts),
    ...figuresSection(w, charts),
    ...monteCarloSection(w, charts),
    ...stressSection(w, charts),
    ...productsSection(w),
    ...tradesSection(w),
    ...feesSection(w),
    ...disclosureSection(w),
    ...assumptionsSection(w),
    ...complaintsSection(w),
    ...acknowledgementSection(w),
  ];
  return {
    language,
    branding: facts.firm.branding,
    largeType: facts.largeType,
    archival: true,
    metadata: {
      title: text.metadataTitle(kind, facts.client.name),
      subject: text.subject(kind),
      creator: text.creator,
      createdAt: new Date(startOfDay(facts.day, w.dates.timeZone)),
      keywords: [...text.keywords, facts.number],
    },
    header: {
      title: kind,
      subtitle: numbered,
      tagline: text.tagline,
      ...(facts.state === 'draft' ? { stamp: text.draftStamp } : {}),
    },
    footer: { left: text.labelled(text.cover.date, w.day(facts.day)), notice: text.notice },
    blocks,
  };
}
