import { Alert, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../../shared/features/clients/schema';
import { useErrorText } from '../../app/useErrorText';
import { useEditedCopy, useOpenSaved } from '../../lib/editing';
import { useChannelMutation } from '../../lib/queries';
import { ClientForm } from './ClientForm';
import { NEW_CLIENT_VALUES, valuesFromClient, type ParsedClient } from './clientFormModel';
import { clientPaths } from './paths';
import { PageTitle } from '../../app/PageTitle';

type ValidParsed = Extract<ParsedClient, { ok: true }>;

/** Says so and opens the saved client's dossier. */
function useOpenSavedClient() {
  const { t } = useTranslation();
  return useOpenSaved(t('form.saved'), (client: Client) => clientPaths.dossier(client.id));
}

/** 新增客戶. */
export function NewClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openSaved = useOpenSavedClient();
  const create = useChannelMutation('clients.create');

  async function save(parsed: ValidParsed) {
    if (parsed.mode !== 'create') throw new Error('new client form parsed as edit');
    return create.mutateAsync({ data: parsed.data });
  }

  return (
    <Flex vertical gap="middle">
      <PageTitle>{t('form.newTitle')}</PageTitle>
      <ClientForm
        mode="create"
        initialValues={NEW_CLIENT_VALUES}
        save={save}
        saving={create.isPending}
        saveError={create.error}
        onSaved={openSaved}
        onCancel={() => void navigate(clientPaths.list)}
      />
    </Flex>
  );
}

/** 編輯 on the copy it opened (useEditedCopy): a change saved elsewhere meanwhile is a CONFLICT. */
export function EditClientPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const openSaved = useOpenSavedClient();
  const update = useChannelMutation('clients.update');
  const { copy: client, error, reloadLatest } = useEditedCopy('clients.get', { id }, update.reset);

  if (error && !client) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!client) return <Spin />;

  async function save(parsed: ValidParsed) {
    if (parsed.mode !== 'edit' || !client) throw new Error('edit form parsed as new');
    return update.mutateAsync({ id, version: client.version, data: parsed.data });
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
        saving={update.isPending}
        saveError={update.error}
        onSaved={openSaved}
        onCancel={() => void navigate(clientPaths.dossier(id))}
        onReloadLatest={reloadLatest}
      />
    </Flex>
  );
}
