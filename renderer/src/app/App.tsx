import { useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { RouterProvider, type createHashRouter } from 'react-router';
import type { ApiClient } from '../lib/api';
import { createQueryClient } from '../lib/queries';
import { ApiContext } from './api-context';
import { LanguageProvider } from './language';

export type AppRouter = ReturnType<typeof createHashRouter>;

/** The providers every screen relies on, then the routes (the vault gate is the top route). */
export function App({
  api,
  router,
  queryClient,
}: {
  api: ApiClient;
  router: AppRouter;
  queryClient?: QueryClient;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>
        <LanguageProvider>
          <AntApp>
            <RouterProvider router={router} />
          </AntApp>
        </LanguageProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
