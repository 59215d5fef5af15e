export * from './ClientFormPage';
export * from './ClientListPage';
export * from './DossierPage';
