export * from './ClientFormPage';
export * from './ClientListPage';
export * from './DossierPage';
export * from './ClientPicker';
