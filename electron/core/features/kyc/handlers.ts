import { KYC_CHANNELS } from '../../../../shared/features/kyc';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { clientPdfFileName, type ClientsService } from '../clients';
import { kycFormDocument } from './form-document';
import { KYC_FORM_MESSAGES } from './form-messages';
import { KycRepository } from './repository';
import { KycService } from './service';

/** The KYC service over the open database, for this feature's handlers and for suitability. */
export function createKycService(context: CoreContext, clients: ClientsService): KycService {
  return new KycService(
    context.perDatabase((db) => new KycRepository(db)),
    clients,
    () => context.settings(),
    () => context.fxRates(),
    () => context.now(),
  );
}

export function createKycHandlers(
  context: CoreContext,
  kyc: KycService,
): FeatureHandlers<typeof KYC_CHANNELS> {
  return {
    'kyc.questionnaires': () => kyc.questionnaires(),
    'kyc.questionnaire': ({ ref }) => kyc.questionnaire(ref),
    'kyc.importQuestionnaire': ({ document }) => kyc.importQuestionnaire(document),
    'kyc.take': ({ clientId, answers, questionnaire }) => kyc.take(clientId, answers, questionnaire),
    'kyc.confirm': ({ assessmentId, method, on }) => kyc.confirm(assessmentId, method, on),
    'kyc.clearReview': ({ assessmentId, reviewer, note }) => kyc.clearReview(assessmentId, reviewer, note),
    'kyc.history': ({ clientId }) => kyc.history(clientId),
    'kyc.profile': ({ clientId }) => kyc.standing(clientId),
    'kyc.duePending': () => kyc.duePending(),
    'kyc.formPdf': async ({ assessmentId }) => {
      const { client, assessment, questionnaire } = kyc.formContent(assessmentId);
      const settings = context.settings();
      const generatedAt = new Date(context.now());
      const spec = kycFormDocument({
        client,
        assessment,
        questionnaire,
        settings,
        generatedAt,
        language: 'zh-TW',
      });
      const bytes = await context.documents.render(spec);
      return {
        clientId: client.id,
        fileName: clientPdfFileName(
          KYC_FORM_MESSAGES['zh-TW'].fileNamePrefix,
          client.name,
          generatedAt,
          settings.timeZone,
        ),
        pdfBase64: bytes.toString('base64'),
      };
    },
  };
}
