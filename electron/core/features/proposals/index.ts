export {
  createProposalDraftEraser,
  createProposalsHandlers,
  createProposalsMerger,
  createProposalsService,
} from './handlers';
export { ProposalsService, displayNumber, stateOn } from './service';
export { proposalSourcesFrom, type ProposalSources, type ProposalServices } from './sources';
export { acceptanceChartSet } from './acceptance-pdf';
export { proposalChartSet } from './document/charts';
export { proposalsPersonalData } from './personal-data';
