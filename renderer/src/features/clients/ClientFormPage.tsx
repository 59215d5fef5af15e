import { Alert, App, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/features/clients/schema';
import type { Result } from '../../../../shared/ipc/result';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/router';
import { useErrorText } from '../../app/useErrorText';
import { ClientForm } from './ClientForm';
import { NEW_CLIENT_VALUES, valuesFromClient, type ParsedClient } from './clientFormModel';
import { useClient } from './useClient';
import { PageTitle } from '../../app/PageTitle';

type ValidParsed = Extract<ParsedClient, { ok: true }>;

/** 新增客戶 (no id) or 編輯 (an id): loads, saves, and goes to the dossier when saved. */
export function ClientFormPage({ id }: { id?: string }) {
  return id ? <EditClient id={id} /> : <NewClient />;
}

function useSaved() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return (result: Result<Client>) => {
    if (!result.ok) return result;
    void message.success(t('form.saved'));
    navigate({ name: 'client', id: result.value.id });
    return result;
  };
}

function NewClient() {
  const api = useApi();
  const { t } = useTranslation();
  const saved = useSaved();

  async function save(parsed: ValidParsed) {
    if (parsed.mode !== 'create') throw new Error('new client form parsed as edit');
    return saved(await api.invoke('clients.create', { data: parsed.data }));
  }

  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('form.newTitle')}</PageTitle>
      <ClientForm
        mode="create"
        initialValues={NEW_CLIENT_VALUES}
        save={save}
        onCancel={() => navigate({ name: 'clients' })}
      />
    </Flex>
  );
}

function EditClient({ id }: { id: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { client, error, reload } = useClient(id);
  const saved = useSaved();

  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!client) return <Spin />;

  async function save(parsed: ValidParsed) {
    if (parsed.mode !== 'edit' || !client) throw new Error('edit form parsed as new');
    return saved(await api.invoke('clients.update', { id, version: client.version, data: parsed.data }));
  }

  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('form.editTitle', { name: client.name })}</PageTitle>
      <ClientForm
        key={client.version}
        mode="edit"
        base={client}
        initialValues={valuesFromClient(client)}
        save={save}
        onCancel={() => navigate({ name: 'client', id })}
        onReloadLatest={reload}
      />
    </Flex>
  );
}
