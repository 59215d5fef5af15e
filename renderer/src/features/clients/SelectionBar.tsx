import { useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientListFilter } from '../../../../shared/features/clients/schema';
import { clientBulkActions } from '../../app/feature-slots';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';
import { BulkChangeDialog, type BulkChangeKind } from './BulkChangeDialog';
import type { Selection } from './useSelection';

const CHANGES: BulkChangeKind[] = ['addTag', 'removeTag', 'assignAdvisor'];

/**
 * Above the list once clients are ticked: how many, 全選 N 筆符合 (every client the filter
 * matches, not just the rows loaded), the bulk changes, and other features' bulk actions.
 */
export function SelectionBar({
  selection,
  total,
  filter,
}: {
  selection: Selection;
  total: number;
  filter: ClientListFilter;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState<string | null>(null);
  const all = useChannelMutation('clients.ids', {
    invalidates: [],
    onSuccess: (found) => selection.add(found.ids),
  });
  const count = selection.ids.size;
  if (count === 0) return null;
  const ids = [...selection.ids];
  const close = () => setOpen(null);
  const action = clientBulkActions().find((a) => a.key === open);

  return (
    <section className="selection-bar" aria-label={t('clients.selectionLabel')} data-testid="selection-bar">
      <Flex wrap gap="small" align="center">
        <Typography.Text strong data-testid="selection-count" aria-live="polite">
          {t('clients.selected', { count })}
        </Typography.Text>
        {count < total ? (
          <Button
            type="link"
            loading={all.isPending}
            onClick={() => all.mutate(filter)}
            data-testid="select-all-matching"
          >
            {t('clients.selectAllMatching', { count: total })}
          </Button>
        ) : null}
        {CHANGES.map((kind) => (
          <Button key={kind} onClick={() => setOpen(kind)} data-testid={`bulk-${kind}`}>
            {t(`clients.bulk.${kind}`)}
          </Button>
        ))}
        {clientBulkActions().map((a) => (
          <Button key={a.key} onClick={() => setOpen(a.key)} data-testid={`bulk-${a.key}`}>
            {t(a.labelKey)}
          </Button>
        ))}
        <Button type="text" onClick={selection.clear} data-testid="selection-clear">
          {t('clients.clearSelection')}
        </Button>
      </Flex>
      {all.error ? <Alert type="error" showIcon title={errorText(all.error)} /> : null}
      {CHANGES.includes(open as BulkChangeKind) ? (
        <BulkChangeDialog kind={open as BulkChangeKind} clientIds={ids} onClose={close} />
      ) : null}
      {action ? <action.Dialog clientIds={ids} onClose={close} /> : null}
    </section>
  );
}
