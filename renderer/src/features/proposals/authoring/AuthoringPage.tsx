import { useEffect, useMemo, useState } from 'react';
import { DeleteOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Proposal } from '../../../../../shared/features/proposals';
import { translateValidation } from '../../../../../shared/i18n/messages';
import { useLanguage } from '../../../app/language';
import { PageTitle } from '../../../app/PageTitle';
import { useErrorText } from '../../../app/useErrorText';
import { useLeaveGuard } from '../../../app/useLeaveGuard';
import { ConfirmModal } from '../../../lib/ConfirmModal';
import { useChannelMutation, useChannelQuery } from '../../../lib/queries';
import { proposalPaths } from '../paths';
import { ProposalStateBadge } from '../StateBadge';
import type { DraftedState } from '../useDraftProposal';
import { ClientHeader } from './ClientHeader';
import { CommentaryCard } from './CommentaryCard';
import { DraftNotes } from './DraftNotes';
import { ItemsCard } from './ItemsCard';
import { LivePanel } from './LivePanel';
import { applyTarget, contentOf, editingOf, type Editing } from './model';
import { PlanCard } from './PlanCard';
import { PresentDialog } from './PresentDialog';
import { TargetCard } from './TargetCard';
import { useCtrlS } from './useCtrlS';
import { useLiveAnalysis } from './useLiveAnalysis';
import { useOverrideRequests } from './useOverrideRequests';
import { useShelfCandidates } from './useShelfCandidates';

/** Saves and deletes refresh the lists and the proposal, not the live analysis. */
const REFRESHES = ['proposals.list', 'proposals.get', 'proposals.report'];

/**
 * The 建議書 authoring screen, for a meeting: the client and KYC on top, the editor on the left
 * (target, products by class, plan, commentary), the live analysis and findings on the right.
 * Edits are analysed ~150 ms after they stop; an invalid draft (weights not 100%) is neither
 * analysed nor saved, and says why. Ctrl+S saves; leaving with unsaved edits asks first.
 */
export function AuthoringPage({
  proposal,
  onReloadLatest,
}: {
  proposal: Proposal;
  onReloadLatest: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const { guard, prompt } = useLeaveGuard();
  const [base, setBase] = useState(proposal);
  const [editing, setEditing] = useState<Editing>(() => editingOf(proposal.content));
  const [presenting, setPresenting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const notes = (location.state as DraftedState | null)?.notes ?? [];

  const standing = useChannelQuery('kyc.profile', { clientId: proposal.clientId });
  const investorClass = useChannelQuery('classes.current', { clientId: proposal.clientId });
  const { candidates } = useShelfCandidates(standing.data, investorClass.data?.investorClass);
  const checked = useMemo(() => contentOf(editing), [editing]);
  const live = useLiveAnalysis(proposal.clientId, checked.ok ? checked.content : null);
  const overrides = useOverrideRequests(proposal.clientId, checked.ok ? checked.content : null);
  const elderly = live.analysed?.suitability.elderly ?? standing.data?.elderly ?? false;

  const savedJson = useMemo(() => JSON.stringify(editingOf(base.content)), [base]);
  const dirty = JSON.stringify(editing) !== savedJson;
  useEffect(() => {
    if (dirty) guard.changed('proposal');
    else guard.saved('proposal');
  }, [dirty, guard]);

  const update = useChannelMutation('proposals.update', { invalidates: REFRESHES });
  const remove = useChannelMutation('proposals.delete', { invalidates: REFRESHES });
  const notReady = checked.ok ? null : translateValidation(checked.reason, language);

  const save = () => {
    if (!checked.ok) {
      void message.error(t('proposals.cannotSave', { reason: notReady }));
      return;
    }
    if (update.isPending) return;
    update.mutate(
      { id: base.id, version: base.version, content: checked.content },
      {
        onSuccess: (saved) => {
          setBase(saved);
          void message.success(t('proposals.saved'));
        },
      },
    );
  };
  useCtrlS(save);

  const change = (patch: Partial<Editing>) => setEditing((e) => ({ ...e, ...patch }));
  const applyTargetWeights = () => {
    if (!live.analysed) return;
    const applied = applyTarget(editing.items, live.analysed.targetWeights);
    change({ items: applied.items });
    if (applied.missing.length > 0)
      void message.warning(t('proposals.targetMissing', { count: applied.missing.length }));
  };

  const kycExpired = standing.data?.state === 'expired';
  // The core refuses it too (override_missing): the button says so before the advisor tries.
  const awaitsApproval = live.analysed?.suitability.findings.some((f) => f.severity === 'needs_approval');
  const presentBlocked = kycExpired
    ? t('proposals.presentKycExpired')
    : standing.data && standing.data.state !== 'current'
      ? t('proposals.presentKycNotCurrent', { state: t(`kyc.state.${standing.data.state}`) })
      : dirty
        ? t('proposals.presentSaveFirst')
        : (notReady ?? (awaitsApproval ? t('proposals.presentNeedsApproval') : null));

  return (
    <Flex vertical gap="middle" className="proposal-page">
      {prompt}
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small" wrap>
          <PageTitle testId="proposal-title">
            {t('proposals.authoringTitle', { number: base.number })}
          </PageTitle>
          <ProposalStateBadge state={base.state} />
          {dirty ? (
            <span className="status-badge tone-caution" data-testid="proposal-dirty">
              {t('proposals.unsaved')}
            </span>
          ) : null}
        </Flex>
        <Flex gap="small" wrap>
          <Button
            icon={<SaveOutlined />}
            onClick={save}
            loading={update.isPending}
            disabled={!checked.ok}
            aria-keyshortcuts="Control+S"
            data-testid="proposal-save"
          >
            {t('proposals.save')}
          </Button>
          <Tooltip title={presentBlocked}>
            <Button
              type="primary"
              icon={<SendOutlined />}
              onClick={() => setPresenting(true)}
              disabled={presentBlocked !== null}
              data-testid="proposal-present"
            >
              {t('proposals.present')}
            </Button>
          </Tooltip>
          <Button
            danger
            icon={<DeleteOutlined />}
            onClick={() => setDeleting(true)}
            data-testid="proposal-delete"
          >
            {t('proposals.delete')}
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        <ClientHeader
          clientId={base.clientId}
          clientName={base.clientName}
          kyc={standing.data?.profile ? { ...standing.data.profile, state: standing.data.state } : null}
          kycState={standing.data?.state}
          assumptionsVersion={editing.assumptionsVersion}
        />
        {presentBlocked && (kycExpired || standing.data?.state !== 'current') ? (
          <Alert type="error" showIcon title={presentBlocked} data-testid="proposal-present-blocked" />
        ) : null}
      </Card>
      <DraftNotes notes={notes} />
      {update.error?.code === 'CONFLICT' ? (
        <Alert
          type="warning"
          showIcon
          data-testid="conflict-alert"
          title={t('proposals.conflictTitle')}
          description={t('proposals.conflictBody')}
          action={
            <Button size="small" onClick={onReloadLatest} data-testid="conflict-reload">
              {t('proposals.conflictReload')}
            </Button>
          }
        />
      ) : update.error ? (
        <Alert type="error" showIcon title={errorText(update.error)} data-testid="proposal-save-error" />
      ) : null}
      {notReady ? (
        <Alert
          type="error"
          showIcon
          title={t('proposals.notReady', { reason: notReady })}
          data-testid="proposal-not-ready"
        />
      ) : null}
      <div className="proposal-authoring">
        <Flex vertical gap="middle" className="proposal-editor">
          <Flex gap="small" align="center" wrap>
            <label className="inline-field grow">
              <span>{t('proposals.titleField')}</span>
              <Input
                value={editing.title}
                maxLength={80}
                onChange={(event) => change({ title: event.target.value })}
                data-testid="proposal-title-input"
              />
            </label>
            <label className="inline-field">
              <span>{t('proposals.largeType')}</span>
              <Select<'auto' | 'on' | 'off'>
                className="proposal-large-type"
                value={editing.largeType === null ? 'auto' : editing.largeType ? 'on' : 'off'}
                onChange={(value) => change({ largeType: value === 'auto' ? null : value === 'on' })}
                options={(['auto', 'on', 'off'] as const).map((v) => ({
                  value: v,
                  label: t(`proposals.largeType.${v}`),
                }))}
                data-testid="proposal-large-type"
              />
            </label>
          </Flex>
          <TargetCard
            target={editing.target}
            onChange={(target) => change({ target })}
            onApply={applyTargetWeights}
            applyBlocked={live.analysed ? null : notReady}
          />
          <ItemsCard
            items={editing.items}
            onChange={(items) => change({ items })}
            candidates={candidates}
            analysed={live.analysed}
            elderly={elderly}
            findingAction={overrides.action}
          />
          <PlanCard
            newMoneyTwd={editing.newMoneyTwd}
            horizonYears={editing.horizonYears}
            goals={editing.goals}
            onChange={change}
          />
          <CommentaryCard commentary={editing.commentary} onChange={(commentary) => change({ commentary })} />
        </Flex>
        <LivePanel
          analysed={live.analysed}
          computing={live.computing}
          error={live.error}
          notReady={notReady}
          goalNames={editing.goals.map((g) => g.name)}
          findingAction={overrides.action}
        />
      </div>
      {overrides.dialog}
      <PresentDialog open={presenting} proposal={base} onClose={() => setPresenting(false)} />
      <ConfirmModal
        open={deleting}
        title={t('proposals.deleteTitle', { number: base.number })}
        onCancel={() => setDeleting(false)}
        ok={{
          text: t('proposals.delete'),
          loading: remove.isPending,
          testId: 'proposal-delete-confirm',
          onClick: () =>
            remove.mutate(
              { id: base.id, version: base.version },
              {
                onSuccess: () => {
                  guard.saved('proposal');
                  void navigate(proposalPaths.list);
                },
                onError: (error) => void message.error(errorText(error)),
              },
            ),
        }}
      >
        <p>{t('proposals.deleteBody')}</p>
      </ConfirmModal>
    </Flex>
  );
}
