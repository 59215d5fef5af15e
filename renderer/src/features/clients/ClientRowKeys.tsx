import { useState, type ReactNode } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clientListKeys } from '../../app/feature-slots';

/**
 * Other features' single-key actions on the client list (the `clientListKeys` slot): a letter
 * pressed while a row has the focus opens that feature's dialog for the row's client (`L` logs a
 * call). The list itself does not know which features are there.
 */
export function ClientRowKeys({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const keys = clientListKeys();
  const [open, setOpen] = useState<{ key: string; clientId: string } | null>(null);
  const action = open ? keys.find((k) => k.key === open.key) : undefined;
  return (
    <div
      className="client-row-keys"
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-client-id]');
        const pressed = keys.find((k) => k.key === event.key.toLowerCase());
        if (!row?.dataset.clientId || !pressed) return;
        event.preventDefault();
        setOpen({ key: pressed.key, clientId: row.dataset.clientId });
      }}
    >
      {keys.length > 0 ? (
        <Typography.Text type="secondary" data-testid="client-row-keys-hint">
          {keys.map((k) => t(k.hintKey)).join('；')}
        </Typography.Text>
      ) : null}
      {children}
      {action && open ? <action.Dialog clientId={open.clientId} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
