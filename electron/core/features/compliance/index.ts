export { ComplianceService, type ComplianceSources } from './service';
export { ComplianceRepository } from './repository';
export { createComplianceHandlers, createComplianceService } from './handlers';
export {
  auditChainSource,
  backupSource,
  compliancePath,
  dashboardCards,
  daysSince,
  kycDueSource,
  overdueSource,
  overridesSource,
  type DashboardSource,
} from './dashboard';
export type { AuditChainVerdict, BackupStatus } from './sources';
export { complaintsPersonalData, dataRequestsPersonalData } from './personal-data';
