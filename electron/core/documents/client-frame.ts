import { formatTimestamp, type DateSettings } from '../../../shared/kernel/dates';
import type { DocumentSpec } from './document';
import { DOCUMENT_MESSAGES } from './messages';

/** The words of a template's catalogue that frame a document about one client. */
export interface ClientFrameMessages {
  title: string;
  tagline: string;
  metadataTitle(name: string): string;
  subject: string;
  creator: string;
  notice: string;
}

/**
 * The metadata, running header and footer of a document about one client (the dossier, the KYC
 * form): the metadata names the document and the client, never the national ID; the footer says
 * when the document was made, in the long form of the document's dates.
 */
export function clientDocumentFrame(
  text: ClientFrameMessages,
  frame: { clientName: string; subtitle: string; generatedAt: Date; dates: DateSettings },
): Pick<DocumentSpec, 'metadata' | 'header' | 'footer'> {
  const lane = DOCUMENT_MESSAGES[frame.dates.language];
  return {
    metadata: {
      title: text.metadataTitle(frame.clientName),
      subject: text.subject,
      creator: text.creator,
      createdAt: frame.generatedAt,
    },
    header: { title: text.title, subtitle: frame.subtitle, tagline: text.tagline },
    footer: {
      left: `${lane.generatedAt}${formatTimestamp(frame.generatedAt, frame.dates, 'long')}`,
      notice: text.notice,
    },
  };
}
