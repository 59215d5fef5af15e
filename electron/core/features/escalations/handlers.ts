import { ESCALATION_CHANNELS } from '../../../../shared/features/escalations';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { EscalationsRepository } from './repository';
import { EscalationsService, type EscalationSources } from './service';

/** The escalations service over the open database, for the handlers, the dashboard and deletion. */
export function createEscalationsService(
  context: CoreContext,
  sources: EscalationSources,
): EscalationsService {
  return new EscalationsService(
    context.perDatabase((db) => new EscalationsRepository(db)),
    sources,
    () => context.settings(),
    () => context.now(),
  );
}

export function createEscalationsHandlers(
  escalations: EscalationsService,
): FeatureHandlers<typeof ESCALATION_CHANNELS> {
  return {
    'feedback.list': ({ clientId, period }) =>
      escalations.feedback({ ...(clientId ? { clientId } : {}), ...(period ?? {}) }),
    'feedback.add': ({ data }) => escalations.addFeedback(data),
    'feedback.report': ({ period }) => escalations.feedbackReport(period.from, period.to),
    'escalations.list': ({ state, clientId }) =>
      escalations.escalations({ ...(state ? { state } : {}), ...(clientId ? { clientId } : {}) }),
    'escalations.raise': ({ data }) => escalations.raise(data),
    'escalations.act': ({ id, version, data }) => escalations.act(id, version, data),
  };
}
