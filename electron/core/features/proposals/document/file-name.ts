import type { ProposalFacts } from '../../../../../shared/features/proposals/schema';
import { DEFAULT_TIME_ZONE, startOfDay } from '../../../../../shared/kernel/dates';
import type { Language } from '../../../../../shared/i18n/messages';
import { clientPdfFileName } from '../../clients';
import { PROPOSAL_PDF_MESSAGES } from './messages';

/**
 * The proposal PDF's file name: 建議書_陳美玲_1151130.pdf (Proposal_陳美玲_1151130.pdf in
 * English), dated with the proposal's own day (not the day it is exported) in the ROC calendar,
 * like the dossier's.
 */
export function proposalPdfFileName(facts: ProposalFacts, language: Language): string {
  const timeZone = facts.timeZone ?? DEFAULT_TIME_ZONE;
  const dated = new Date(startOfDay(facts.day, timeZone));
  return clientPdfFileName(
    PROPOSAL_PDF_MESSAGES[language].fileNamePrefix,
    facts.client.name,
    dated,
    timeZone,
  );
}
