export { ReportsService, type BookSources } from './service';
export { createReportsHandlers, createReportsService, bookReportFile } from './handlers';
export { bookChartSet } from './book-pdf';
export { bookSnapshotsPersonalData } from './personal-data';
