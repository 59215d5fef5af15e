import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'infoGiven.record': 'Record information given',
  'infoGiven.dialogTitle': 'Record information given',
  'infoGiven.materialKind': 'Kind of material',
  'infoGiven.material': 'Material',
  'infoGiven.clients': 'Clients who received it',
  'infoGiven.clientsHelp': 'Choose one or more clients; search by name or national ID',
  'infoGiven.typeToSearch': 'Type a name or national ID',
  'infoGiven.noMatch': 'No matching client',
  'infoGiven.method': 'How',
  'infoGiven.givenOn': 'Given on',
  'infoGiven.givenBy': 'Given by',
  'infoGiven.note': 'Note',
  'infoGiven.saved': 'Information given recorded',
  'infoGiven.panel': 'Information given',
  'infoGiven.none': 'No information given recorded yet',
  'infoGiven.alsoTo': 'Also given to {{count}} other clients',
  'infoGiven.tab': 'Information given',
  'infoGiven.intro':
    'Decks, product documents and material given to clients in a period (O2.2.1), by material or by client, with a CSV export.',
  'infoGiven.period': 'Period',
  'infoGiven.byMaterial': 'By material',
  'infoGiven.byClient': 'By client',
  'infoGiven.client': 'Client',
  'infoGiven.deletedClient': 'Deleted client',
  'infoGiven.exportCsv': 'Export CSV',
  'infoGiven.exported': 'Report exported',
  'infoGiven.reportNone': 'Nothing was given in this period',
  'infoGiven.count': '{{count}} records',
};
