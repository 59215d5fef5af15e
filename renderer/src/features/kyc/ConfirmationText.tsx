import { useTranslation } from 'react-i18next';
import { CONFIRMATION_METHOD_WORDS, type Assessment } from '../../../../shared/features/kyc';
import { useFormats } from '../../app/useFormats';
import { useKycWords } from './useKycWords';

/** 「蓋章（2026-11-30）」 */
export function ConfirmationText({
  confirmation,
}: {
  confirmation: NonNullable<Assessment['confirmation']>;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { words } = useKycWords();
  return (
    <>
      {t('kyc.confirmedAs', {
        method: words(CONFIRMATION_METHOD_WORDS[confirmation.method]),
        date: formats.date(confirmation.on),
      })}
    </>
  );
}
