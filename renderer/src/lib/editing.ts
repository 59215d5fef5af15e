import { useState } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { useChannelQuery } from './queries';

/**
 * What an edit page works on: a fresh copy of the stored record, read when the page opens and
 * kept (with its version) while the user types, so a change saved elsewhere meanwhile is a
 * CONFLICT, never silently overwritten. The typing stays until the user asks for the latest:
 * `reloadLatest` reads it again, calls `onReload` (to drop the failed save) and replaces the copy.
 */
export function useEditedCopy<C extends Channel>(channel: C, input: ChannelInput<C>, onReload: () => void) {
  const query = useChannelQuery(channel, input, { refetchOnMount: 'always' });
  const [opened, setOpened] = useState<ChannelOutput<C> | null>(null);
  const fresh = query.isFetchedAfterMount ? (query.data ?? null) : null;
  if (opened === null && fresh !== null) setOpened(fresh);

  async function reloadLatest() {
    const latest = await query.refetch();
    if (!latest.data) return;
    onReload();
    setOpened(latest.data);
  }

  return { copy: opened ?? fresh, error: query.error, reloadLatest: () => void reloadLatest() };
}

/** After a save: says so (`savedText`) and opens the saved record's page. */
export function useOpenSaved<T>(savedText: string, pathOf: (saved: T) => string): (saved: T) => void {
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (saved: T) => {
    void message.success(savedText);
    void navigate(pathOf(saved));
  };
}
