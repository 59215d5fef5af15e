import { PROPOSAL_CHANNELS } from '../../../../shared/features/proposals';
import type { CoreContext } from '../../kernel/context';
import type { ClientMerger } from '../../kernel/client-merger';
import { WriteAfter, type FeatureHandlers } from '../../kernel/handlers';
import type { Language } from '../../../../shared/i18n/messages';
import { ACCEPTANCE_MESSAGES } from './acceptance-messages';
import { renderAcceptancePdf } from './acceptance-pdf';
import { acceptanceCsv } from './acceptance-table';
import { createProposalEngines, type ProposalEngines } from './engines';
import { ProposalsRepository } from './repository';
import { ProposalsService } from './service';
import type { ProposalSources } from './sources';

export function createProposalsService(
  context: CoreContext,
  sources: ProposalSources,
  engines: ProposalEngines,
): ProposalsService {
  return new ProposalsService(
    context.perDatabase((db) => new ProposalsRepository(db)),
    sources,
    engines,
    () => context.settings(),
    () => context.now(),
  );
}

/** `analyticsDir`: resources/analytics (the stress scenarios the analysis runs). */
/** Client deletion's share of proposals: the client's drafts go; presented ones are kept records. */
export function createProposalDraftEraser(context: CoreContext): (clientId: string) => number {
  const repository = context.perDatabase((db) => new ProposalsRepository(db));
  return (clientId) => repository().deleteDraftsOf(clientId);
}

/** Merging a duplicate dossier: its proposals, drafts and presented, move to the client kept. */
export function createProposalsMerger(context: CoreContext): ClientMerger {
  const repository = context.perDatabase((db) => new ProposalsRepository(db));
  return { feature: 'proposals', merge: (fromId, intoId) => repository().mergeClient(fromId, intoId) };
}

export function createProposalsHandlers(
  context: CoreContext,
  sources: ProposalSources,
  analyticsDir: string,
): FeatureHandlers<typeof PROPOSAL_CHANNELS> {
  const proposals = createProposalsService(
    context,
    sources,
    createProposalEngines(context.documents, analyticsDir),
  );
  const settings = () => context.settings();
  const reportName = (from: string, to: string, language: Language, ext: string) =>
    `${ACCEPTANCE_MESSAGES[language].fileNamePrefix}_${from}_${to}.${ext}`;
  return {
    'proposals.list': (filter) => proposals.list(filter),
    'proposals.get': ({ id }) => proposals.get(id),
    'proposals.draft': ({ clientId, kind, language }) => proposals.draft(clientId, kind, language),
    'proposals.create': ({ clientId, content }) => proposals.create(clientId, content),
    'proposals.update': ({ id, version, content }) => proposals.update(id, version, content),
    'proposals.analyse': ({ clientId, content }) => proposals.analyse(clientId, content),
    // Rendering the PDF awaits: checked and drawn first, then stored with the audit entry.
    'proposals.present': ({ id, version }) => new WriteAfter(proposals.present(id, version)),
    'proposals.decide': (input) => proposals.decide(input),
    'proposals.newVersion': ({ id }) => proposals.newVersion(id),
    'proposals.delete': ({ id, version }) => proposals.delete(id, version),
    'proposals.pdf': ({ id, language, largeType }) => proposals.pdf(id, language, largeType),
    'proposals.report': ({ from, to }) => proposals.report(from, to),
    'proposals.reportCsv': ({ from, to, language }) => ({
      fileName: reportName(from, to, language, 'csv'),
      csv: acceptanceCsv(proposals.report(from, to), settings().tiers.tiers, language),
    }),
    'proposals.reportPdf': async ({ from, to, language }) => {
      const pdf = await renderAcceptancePdf(
        context.documents,
        proposals.report(from, to),
        settings(),
        language,
        proposals.today(),
      );
      return { fileName: reportName(from, to, language, 'pdf'), pdfBase64: pdf.toString('base64') };
    },
  };
}
