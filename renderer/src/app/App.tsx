import { App as AntApp } from 'antd';
import type { ApiClient } from '../lib/api';
import { ApiContext } from './api-context';
import { LanguageProvider } from './language';
import { VaultGate } from './VaultGate';

export function App({ api }: { api: ApiClient }) {
  return (
    <ApiContext.Provider value={api}>
      <LanguageProvider>
        <AntApp>
          <VaultGate />
        </AntApp>
      </LanguageProvider>
    </ApiContext.Provider>
  );
}
