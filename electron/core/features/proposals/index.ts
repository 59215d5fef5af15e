export { createProposalDraftEraser, createProposalsHandlers, createProposalsService } from './handlers';
export { ProposalsService, displayNumber, stateOn } from './service';
export { proposalSourcesFrom, type ProposalSources, type ProposalServices } from './sources';
