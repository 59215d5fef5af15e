import { useState } from 'react';
import { Alert, Spin } from 'antd';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { AuthoringPage } from './authoring/AuthoringPage';
import { PresentedView } from './presented/PresentedView';

/** One proposal: a draft opens for authoring, anything presented as its read-only record. */
export function ProposalPage({ id }: { id: string }) {
  const errorText = useErrorText();
  const query = useChannelQuery('proposals.get', { id }, { refetchOnMount: 'always' });
  // A reload after a CONFLICT starts the authoring over on the stored proposal.
  const [opening, setOpening] = useState(0);
  const proposal = query.data;
  if (query.error && !proposal) return <Alert type="error" showIcon title={errorText(query.error)} />;
  if (!proposal || (query.isFetching && !query.isFetchedAfterMount)) return <Spin />;
  if (proposal.state === 'draft')
    return (
      <AuthoringPage
        key={`${proposal.id}-${opening}`}
        proposal={proposal}
        onReloadLatest={() => void query.refetch().then(() => setOpening((n) => n + 1))}
      />
    );
  return <PresentedView proposal={proposal} />;
}
