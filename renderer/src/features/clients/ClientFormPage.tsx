import { useState } from 'react';
import { Alert, App, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../../shared/features/clients/schema';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ClientForm } from './ClientForm';
import { NEW_CLIENT_VALUES, valuesFromClient, type ParsedClient } from './clientFormModel';
import { clientPaths } from './paths';
import { PageTitle } from '../../app/PageTitle';

type ValidParsed = Extract<ParsedClient, { ok: true }>;

/** Says so and opens the saved client's dossier. */
function useOpenSaved() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (client: Client) => {
    void message.success(t('form.saved'));
    void navigate(clientPaths.dossier(client.id));
  };
}

/** 新增客戶. */
export function NewClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openSaved = useOpenSaved();
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

/**
 * 編輯: the form opens on a fresh copy of the client and keeps that copy (its version) while the
 * user types, so a change saved elsewhere meanwhile is a CONFLICT, never silently overwritten;
 * the user's input stays until they ask for the latest data.
 */
export function EditClientPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const openSaved = useOpenSaved();
  const query = useChannelQuery('clients.get', { id }, { refetchOnMount: 'always' });
  const update = useChannelMutation('clients.update');
  const [opened, setOpened] = useState<Client | null>(null);
  const fresh = query.isFetchedAfterMount ? (query.data ?? null) : null;
  if (opened === null && fresh !== null) setOpened(fresh);
  const client = opened ?? fresh;

  if (query.error && !client) return <Alert type="error" showIcon title={errorText(query.error)} />;
  if (!client) return <Spin />;

  async function save(parsed: ValidParsed) {
    if (parsed.mode !== 'edit' || !client) throw new Error('edit form parsed as new');
    return update.mutateAsync({ id, version: client.version, data: parsed.data });
  }

  async function reloadLatest() {
    const latest = await query.refetch();
    if (!latest.data) return;
    update.reset();
    setOpened(latest.data);
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
        onReloadLatest={() => void reloadLatest()}
      />
    </Flex>
  );
}
