import { z } from 'zod';
import { clientIdSchema } from '../clients';
import { suitabilityResultSchema } from '../suitability';
import {
  assetClassKeySchema,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  proposalAnalysisSchema,
  proposalContentSchema,
  proposalFactsSchema,
} from './schema';

export const proposalIdSchema = z.string().uuid({ message: 'validation.id' });

export const DECISION_OUTCOMES = ['accepted', 'partly_accepted', 'declined'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The client's answer to a presented proposal (O3.1.2). */
export const decisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  /** The products the client accepted (all of them when accepted, some when partly, none when declined). */
  acceptedProductIds: z.array(z.string()),
  /** Why the client declined, or what they left out: required unless accepted in full. */
  reason: z.string().nullable(),
  decidedOn: z.string(),
  recordedBy: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A proposal in a list: enough to find it and see where it stands. */
export const proposalSummarySchema = z.object({
  id: proposalIdSchema,
  clientId: clientIdSchema,
  clientName: z.string(),
  number: z.string(),
  revision: z.number().int().positive(),
  kind: z.enum(PROPOSAL_KINDS),
  title: z.string(),
  /** As of today: a presented proposal past `expiresOn` reads as expired. */
  state: z.enum(PROPOSAL_STATES),
  presentedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  /** The proposed amount in TWD (holdings + new money). */
  investableTwd: z.number().nullable(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

/** One proposal in full. A presented one carries its frozen facts and its PDF's SHA-256. */
export const proposalSchema = proposalSummarySchema.extend({
  previousId: proposalIdSchema.nullable(),
  content: proposalContentSchema,
  decision: decisionSchema.nullable(),
  snapshot: proposalFactsSchema.nullable(),
  pdfSha256: z.string().nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** What the live analysis answers: the charts' data and the suitability findings beside it. */
export const analysedProposalSchema = z.object({
  analysis: proposalAnalysisSchema,
  suitability: suitabilityResultSchema,
  /**
   * The target by asset class from the content's target source (the grade's model portfolio, the
   * optimizer's answer, or the items' own classes when manual), for "apply the target".
   */
  targetWeights: z.partialRecord(assetClassKeySchema, z.number()),
  /** How long the core took, for the screen's "updated in … ms". */
  elapsedMs: z.number(),
});
export type AnalysedProposal = z.infer<typeof analysedProposalSchema>;

/** A note the first draft leaves for the advisor (a class with no preferred product, a goal missing data). */
export const draftNoteSchema = z.object({ code: z.string(), assetClass: z.string().nullable() });
export type DraftNote = z.infer<typeof draftNoteSchema>;

/** One group of the acceptance report (a month, a grade, a tier or a product). */
export const acceptanceRowSchema = z.object({
  key: z.string(),
  presented: z.number().int(),
  accepted: z.number().int(),
  partlyAccepted: z.number().int(),
  declined: z.number().int(),
  expired: z.number().int(),
  /** (accepted + partly accepted) / decided-or-expired; null when none. */
  acceptanceRate: z.number().nullable(),
  /** The TWD the accepted products add under management. */
  aumAddedTwd: z.number(),
});
export type AcceptanceRow = z.infer<typeof acceptanceRowSchema>;

export const acceptanceReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: acceptanceRowSchema,
  byMonth: z.array(acceptanceRowSchema),
  byGrade: z.array(acceptanceRowSchema),
  byTier: z.array(acceptanceRowSchema),
  byProduct: z.array(acceptanceRowSchema.extend({ productName: z.string() })),
});
export type AcceptanceReport = z.infer<typeof acceptanceReportSchema>;
