import { COMPLIANCE_CHANNELS } from '../../../../shared/features/compliance';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { personalDataSections, textFormatsOf, type PersonalDataSource } from '../../kernel/personal-data';
import { buildCopyPackage } from './copy-package';
import { dashboardCards, type DashboardSource } from './dashboard';
import { ComplianceRepository } from './repository';
import { ComplianceService, type ComplianceSources } from './service';

/** The compliance service over the open database, for this feature's handlers and the dashboard. */
export function createComplianceService(context: CoreContext, sources: ComplianceSources): ComplianceService {
  return new ComplianceService(
    context.perDatabase((db) => new ComplianceRepository(db)),
    sources,
    () => context.settings(),
    () => context.now(),
  );
}

export interface ComplianceHandlerDeps {
  compliance: ComplianceService;
  /** Every feature's personal-data source (app.ts's list), compliance's own logs included. */
  personalData: readonly PersonalDataSource[];
  /** The dashboard's cards, one source per line in app.ts. */
  dashboard: readonly DashboardSource[];
}

export function createComplianceHandlers(
  context: CoreContext,
  { compliance, personalData, dashboard }: ComplianceHandlerDeps,
): FeatureHandlers<typeof COMPLIANCE_CHANNELS> {
  return {
    'complaints.list': ({ state }) => compliance.complaints(state ? { state } : {}),
    'complaints.add': ({ data }) => compliance.addComplaint(data),
    'complaints.reply': ({ id, version, data }) => compliance.reply(id, version, data),
    'complaints.close': ({ id, version }) => compliance.close(id, version),
    'privacy.requests': ({ openOnly }) => compliance.dataRequests(openOnly ? { openOnly } : {}),
    'privacy.addRequest': ({ data }) => compliance.addDataRequest(data),
    'privacy.closeRequest': ({ id, version, data }) => compliance.closeDataRequest(id, version, data),
    'privacy.extendRequest': ({ id, version, data }) => compliance.extendDataRequest(id, version, data),
    'privacy.copyPackage': async ({ id, language, fullNationalId: asked }) => {
      const request = compliance.copyRequest(id);
      const { clientId } = request;
      // A deleted client's kept ID is never revealed: the copy must not say it is shown in full.
      const fullNationalId = asked && !compliance.clientDeleted(clientId);
      const settings = context.settings();
      const formats = textFormatsOf(settings, language);
      const sections = personalDataSections(personalData, { clientId, formats, fullNationalId });
      const files = await buildCopyPackage(sections, {
        clientName: compliance.clientName(clientId),
        fullNationalId,
        settings,
        language,
        generatedAt: new Date(context.now()),
        receivedOn: request.receivedOn,
        documents: context.documents,
      });
      return { ...files, clientId, fullNationalId };
    },
    'privacy.deleteClient': ({ id, reason }) => compliance.deleteClientFor(id, reason),
    'compliance.flags': ({ includeReviewed }) => compliance.flags(includeReviewed ?? false),
    'compliance.reviewFlag': ({ key, note }) => compliance.reviewFlag(key, note),
    'compliance.dashboard': () => dashboardCards(dashboard),
  };
}
