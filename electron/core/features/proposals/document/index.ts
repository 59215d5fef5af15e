export { renderProposalPdf, type ProposalPdfOptions } from './proposal-pdf';
export { proposalPdfFileName } from './file-name';
