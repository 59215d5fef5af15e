export * from './AuditLogPage';
