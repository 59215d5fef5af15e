import { useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftNote } from '../../../../../shared/features/proposals';
import { ASSET_CLASS_WORDS, ASSET_CLASSES, type AssetClassId } from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';

const isAssetClass = (value: string | null): value is AssetClassId =>
  value !== null && (ASSET_CLASSES as readonly string[]).includes(value);

/** What the first draft left for the advisor (a class with no preferred product…), until dismissed. */
export function DraftNotes({ notes }: { notes: readonly DraftNote[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [shown, setShown] = useState(true);
  if (!shown || notes.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      closable={{ onClose: () => setShown(false), 'aria-label': t('common.close') }}
      data-testid="proposal-draft-notes"
      title={t('proposals.draftNotes')}
      description={
        <ul className="plain-list">
          {notes.map((note, index) => (
            <li key={`${note.code}-${index}`} data-testid={`draft-note-${note.code}`}>
              {t(`proposals.note.${note.code}`, {
                defaultValue: t('proposals.note.other', { code: note.code }),
                assetClass: isAssetClass(note.assetClass) ? ASSET_CLASS_WORDS[note.assetClass][language] : '',
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
