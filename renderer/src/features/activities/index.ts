// First: app/messages.ts reads the locales while the cards below may still be loading (import cycle).
export { activitiesLocales } from './locales';
import type { FeatureSlots } from '../../app/slots';
import { BirthdaysCard, FollowUpsCard, VisitsCard } from './HomeCards';
import { MailingDialog } from './MailingDialog';
import { OverdueCard } from './OverdueCard';
import { QuickContactDialog } from './QuickContactDialog';
import { TimelinePanel } from './TimelinePanel';

export { activityRoutes } from './routes';
/** For other features' 今日 cards: the card's frame and the link that opens the client. */
export { ClientLink, HomeCardFrame } from './HomeCards';

/** 活動紀錄 on the dossier, the 今日 page's own cards, `L` and 記錄寄送 on the client list. */
export const activitySlots: FeatureSlots = {
  dossierPanels: [{ key: 'activities', Panel: TimelinePanel }],
  homeCards: [
    { key: 'visits', Card: VisitsCard },
    { key: 'overdue', Card: OverdueCard },
    { key: 'follow-ups', Card: FollowUpsCard },
    { key: 'birthdays', Card: BirthdaysCard },
  ],
  clientListKeys: [{ key: 'l', hintKey: 'activities.listHint', Dialog: QuickContactDialog }],
  clientBulkActions: [{ key: 'mailing', labelKey: 'activities.mailing', Dialog: MailingDialog }],
};
