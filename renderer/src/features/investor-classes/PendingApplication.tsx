import { useState } from 'react';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AMOUNT_FIELD_WORDS,
  BASIS_WORDS,
  criteriaOf,
  criterionText,
  EVIDENCE_TYPE_WORDS,
  evidenceChecklist,
  INVESTOR_CLASS_WORDS,
  meets,
  type ClassApplication,
} from '../../../../shared/features/investor-classes';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useFormats } from '../../app/useFormats';
import { ActivateDialog } from './ActivateDialog';
import { EvidenceDialog } from './EvidenceDialog';

function Mark({ ok, label }: { ok: boolean; label: string }) {
  return (
    <Typography.Text type={ok ? 'success' : 'danger'}>
      {ok ? <CheckCircleFilled aria-label={label} /> : <CloseCircleFilled aria-label={label} />}
    </Typography.Text>
  );
}

/**
 * An application under review: the documents its basis needs (checked by whom, when) and its
 * criteria under today's settings, with adding evidence and putting it into effect.
 */
export function PendingApplication({ application }: { application: ClassApplication }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const { settings } = useSettings();
  const [dialog, setDialog] = useState<'evidence' | 'activate' | null>(null);
  const checklist = evidenceChecklist(application.basis, application.evidence);
  const criteria = criteriaOf(application.basis, settings.investorClasses);

  return (
    <section className="class-pending" aria-label={t('classes.pending')} data-testid="class-pending">
      <Typography.Text strong>
        {INVESTOR_CLASS_WORDS[application.investorClass][language]}｜
        {BASIS_WORDS[application.basis][language]}
      </Typography.Text>
      <Typography.Text type="secondary">
        {' '}
        {t('classes.appliedOn')} {formats.date(application.appliedOn)}
      </Typography.Text>
      <List
        size="small"
        header={t('classes.checklist')}
        dataSource={checklist}
        data-testid="class-checklist"
        renderItem={({ type, evidence }) => (
          <List.Item data-testid={`class-check-${type}`} data-done={evidence ? 'yes' : 'no'}>
            <Flex gap="small" align="center">
              <Mark ok={evidence !== null} label={evidence ? t('classes.met') : t('classes.missing')} />
              <span>{EVIDENCE_TYPE_WORDS[type][language]}</span>
              <Typography.Text type="secondary">
                {evidence
                  ? t('classes.checkedBy', {
                      name: evidence.checkedBy,
                      date: formats.date(evidence.checkedOn),
                    })
                  : t('classes.missing')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <List
        size="small"
        header={t('classes.criteria')}
        dataSource={criteria}
        renderItem={(criterion) => {
          const ok = meets(application.amounts[criterion.amount], criterion);
          const amount = application.amounts[criterion.amount];
          return (
            <List.Item data-testid={`class-criterion-${criterion.amount}`} data-met={ok ? 'yes' : 'no'}>
              <Flex gap="small" align="center">
                <Mark ok={ok} label={ok ? t('classes.met') : t('classes.notMet')} />
                <span>{AMOUNT_FIELD_WORDS[criterion.amount][language]}</span>
                <span>{amount === undefined ? '—' : formats.twd(amount)}</span>
                <Typography.Text type="secondary">（{criterionText(criterion, language)}）</Typography.Text>
              </Flex>
            </List.Item>
          );
        }}
      />
      <Flex gap="small" justify="flex-end">
        <Button onClick={() => setDialog('evidence')} data-testid="class-add-evidence">
          {t('classes.addEvidence')}
        </Button>
        <Button type="primary" onClick={() => setDialog('activate')} data-testid="class-activate-button">
          {t('classes.activate')}
        </Button>
      </Flex>
      <EvidenceDialog
        application={application}
        open={dialog === 'evidence'}
        onClose={() => setDialog(null)}
      />
      <ActivateDialog
        application={application}
        open={dialog === 'activate'}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
