import type { zhTW } from './zh-TW';

/** Screen text of the capital-market assumptions feature in English. */
export const en: Record<keyof typeof zhTW, string> = {
  'assumptions.settings': 'Capital-market assumptions',
  'assumptions.intro':
    'New proposals are computed on the active version; a proposal keeps the version it was made with.',
  'assumptions.version': 'Version',
  'assumptions.asOf': 'As of',
  'assumptions.source': 'Source',
  'assumptions.method': 'Method',
  'assumptions.classes': 'Asset classes',
  'assumptions.class': 'Asset class',
  'assumptions.currency': 'Currency',
  'assumptions.expectedReturn': 'Expected return (%)',
  'assumptions.volatility': 'Volatility (%)',
  'assumptions.riskRating': 'RR',
  'assumptions.duration': 'Duration (years)',
  'assumptions.correlations': 'Correlation matrix',
  'assumptions.versions': 'Versions',
  'assumptions.builtIn': 'Built-in',
  'assumptions.importedAt': 'Imported',
  'assumptions.active': 'Active',
  'assumptions.state': 'State',
  'assumptions.activate': 'Activate',
  'assumptions.activated': 'Version {{version}} is active',
  'assumptions.import': 'Import JSON',
  'assumptions.imported': 'Imported version {{version}}; activate it to use it',
  'assumptions.notJson': 'The file is not valid JSON',
  'assumptions.failed': 'Not imported: the document has these problems',
  'assumptions.edit': 'Edit as a new version',
  'assumptions.editTitle': 'Edit capital-market assumptions (save as a new version)',
  'assumptions.editIntro':
    'Starts from the active version {{version}}; saving makes a new version and leaves that one as it is. Changing a correlation changes its mirror cell too.',
  'assumptions.newVersion': 'New version',
  'assumptions.saveNew': 'Save as a new version',
  'assumptions.cell': 'Correlation of {{row}} and {{column}}',
};
