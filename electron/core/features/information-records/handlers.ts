import { INFORMATION_RECORD_CHANNELS } from '../../../../shared/features/information-records';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { textFormatsOf } from '../../kernel/personal-data';
import { InformationRecordsRepository } from './repository';
import { informationReportCsv, informationReportFileName } from './report-csv';
import { InformationRecordsService, type InformationRecordsSources } from './service';

/** The records service over the open database, for this feature's handlers and other features. */
export function createInformationRecordsService(
  context: CoreContext,
  sources: InformationRecordsSources,
): InformationRecordsService {
  return new InformationRecordsService(
    context.perDatabase((db) => new InformationRecordsRepository(db)),
    sources,
    () => context.settings(),
    () => context.now(),
  );
}

export function createInformationRecordsHandlers(
  context: CoreContext,
  records: InformationRecordsService,
): FeatureHandlers<typeof INFORMATION_RECORD_CHANNELS> {
  return {
    'information.add': ({ data }) => records.add(data),
    'information.list': (filter) => records.list(filter),
    'information.report': ({ from, to, by }) => records.report(from, to, by),
    'information.reportCsv': ({ from, to, by, language }) => {
      const report = records.report(from, to, by);
      return {
        fileName: informationReportFileName(report, language),
        csv: informationReportCsv(report, textFormatsOf(context.settings(), language)),
      };
    },
  };
}
