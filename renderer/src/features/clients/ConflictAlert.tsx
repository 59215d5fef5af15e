import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Someone saved this client meanwhile: the user's input stays until they choose to reload. */
export function ConflictAlert({ onReloadLatest }: { onReloadLatest?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      data-testid="conflict-alert"
      title={t('form.conflictTitle')}
      description={t('form.conflictBody')}
      action={
        onReloadLatest ? (
          <Button size="small" onClick={onReloadLatest} data-testid="conflict-reload">
            {t('form.conflictReload')}
          </Button>
        ) : undefined
      }
    />
  );
}
