import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'present.audienceLabel': 'Presentation (audience view)',
  'present.presenterLabel': 'Presenter view',
  'present.blank': 'Screen paused (press B to resume)',
  'present.fullScreen': 'Full screen (F)',
  'present.openPresenter': 'Open presenter view',
  'present.openAudience': 'Open audience view',
  'present.leave': 'End presentation (Esc)',
  'present.keysHelp': '→ / Space next, ← previous, Home / End first / last, B black screen, Esc end',
  'present.counter': 'Slide {{current}} of {{total}}',
  'present.current': 'Current slide',
  'present.next': 'Next',
  'present.end': 'End of presentation',
  'present.notes': 'Speaker notes',
  'present.noNotes': '(No notes for this slide)',
  'present.timer': 'Elapsed',
  'present.resetTimer': 'Reset timer',
  'present.previous': 'Previous',
  'present.nextButton': 'Next',
  'present.blankButton': 'Black screen (B)',
  'present.reveal': 'Reveal client data',
  'present.revealHelp':
    'Client names, IDs and amounts are hidden by default; revealing shows them on the audience view too and is recorded in the audit log.',
  'present.redacted': 'Client data hidden',
  'present.revealed': 'Client data shown',
  'present.disclosure': 'Risk disclosure',
};
