import {
  COMPLAINT_RECEIVED_VIA_WORDS,
  COMPLAINT_STATE_WORDS,
  DATA_REQUEST_KIND_WORDS,
  DATA_REQUEST_STATE_WORDS,
} from '../../../../shared/features/compliance';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { ComplianceService } from './service';

export const COMPLAINT_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '客訴紀錄',
    file: '客訴紀錄',
    header: ['收件日期', '管道', '主旨', '商品', '處理狀態', '回覆日期'],
  },
  en: {
    title: 'Complaints',
    file: 'complaints',
    header: ['Received', 'Received by', 'Subject', 'Product', 'State', 'Replied'],
  },
};

export const DATA_REQUEST_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '個資請求紀錄',
    file: '個資請求紀錄',
    header: ['收件日期', '請求類別', '處理期限', '延長（通知日期、原因）', '處理狀態', '結案日期'],
  },
  en: {
    title: 'Personal-data requests',
    file: 'data-requests',
    header: ['Received', 'Request', 'Due', 'Extended (day told, reason)', 'State', 'Closed'],
  },
};

/** The complaints log's records of the client (their name left out of the JSON: it is in the dossier). */
export function complaintsPersonalData(compliance: ComplianceService): PersonalDataSource {
  return {
    key: 'complaints',
    words: COMPLAINT_DATA_WORDS,
    read({ clientId, formats: f }) {
      const complaints = compliance.complaints({ clientId }).map(({ clientName: _name, ...c }) => c);
      return {
        rows: complaints.map((c) => [
          f.date(c.receivedOn),
          f.words(COMPLAINT_RECEIVED_VIA_WORDS[c.receivedVia]),
          c.subject,
          c.productName ?? NO_VALUE,
          f.words(COMPLAINT_STATE_WORDS[c.state]),
          f.date(c.repliedOn),
        ]),
        value: complaints,
      };
    },
  };
}

/** The personal-data requests log's records of the client, this one included. */
export function dataRequestsPersonalData(compliance: ComplianceService): PersonalDataSource {
  return {
    key: 'dataRequests',
    words: DATA_REQUEST_DATA_WORDS,
    read({ clientId, formats: f }) {
      const requests = compliance.dataRequests({ clientId }).map(({ clientName: _name, ...r }) => r);
      return {
        rows: requests.map((r) => [
          f.date(r.receivedOn),
          f.words(DATA_REQUEST_KIND_WORDS[r.kind]),
          f.date(r.dueOn),
          r.extension ? `${f.date(r.extension.extendedOn)} ${r.extension.reason}` : NO_VALUE,
          f.words(DATA_REQUEST_STATE_WORDS[r.state]),
          f.date(r.closedOn),
        ]),
        value: requests,
      };
    },
  };
}
