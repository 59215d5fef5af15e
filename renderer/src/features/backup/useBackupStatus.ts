import { useChannelQuery } from '../../lib/queries';

const NONE = {} as const;

/** The last backup, its age in whole days and whether the reminder is due. */
export function useBackupStatus() {
  const query = useChannelQuery('backup.status', NONE);
  return { query, status: query.data, ageDays: query.data?.ageDays ?? null };
}
