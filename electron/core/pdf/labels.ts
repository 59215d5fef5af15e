import type {
  AcquisitionSource,
  ClientStatus,
  Gender,
  HouseholdRelation,
} from '../../../shared/domain/client';

/** zh-TW wording of the client enums as printed on documents. */

export const GENDER_LABELS: Readonly<Record<Gender, string>> = { F: '女', M: '男', X: '其他' };

export const STATUS_LABELS: Readonly<Record<ClientStatus, string>> = {
  prospect: '潛在客戶',
  active: '往來中',
  dormant: '靜止戶',
  closed: '已結束往來',
};

export const ACQUISITION_LABELS: Readonly<Record<AcquisitionSource, string>> = {
  referral: '親友轉介',
  walk_in: '臨櫃',
  seminar: '說明會',
  existing_client: '既有客戶',
  online: '網路',
  cold_call: '陌生開發',
  other: '其他',
};

export const RELATION_LABELS: Readonly<Record<HouseholdRelation, string>> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姊妹',
  other: '其他',
};
