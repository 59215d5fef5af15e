import { ClientFormPage } from '../features/clients';
import { ClientListPage } from '../features/clients';
import { DossierPage } from '../features/clients';
import { AuditLogPage } from '../features/compliance';
import { ComingSoon } from '../features/placeholders';
import { SettingsPage } from '../features/settings';
import type { Route } from './router';

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'clients':
      return <ClientListPage />;
    case 'clientNew':
      return <ClientFormPage key="new" />;
    case 'client':
      return <DossierPage key={route.id} id={route.id} />;
    case 'clientEdit':
      return <ClientFormPage key={route.id} id={route.id} />;
    case 'briefings':
    case 'products':
    case 'proposals':
      return <ComingSoon section={route.name} />;
    case 'compliance':
      return <AuditLogPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
