import { ActivityDialog } from './ActivityDialog';

/** The client list's `L`: a call logged in a few keystrokes for the focused row's client. */
export function QuickContactDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  return <ActivityDialog clientId={clientId} kind="contact" quick onClose={onClose} />;
}
