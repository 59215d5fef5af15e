import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ruleWords,
  settingUsedRaw,
  settingUsedWords,
  type Finding,
  type Override,
} from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';
import { SeverityTag } from './SeverityTag';

/**
 * One finding: severity, the message with its numbers, the rule and settings in words (their ids
 * in the tooltip, for compliance staff), and what may be done.
 */
export function FindingRow({
  finding,
  pending,
  onRequest,
  onDecide,
}: {
  finding: Finding;
  /** The override awaiting approval for this finding, if one was asked for. */
  pending: Override | null;
  onRequest: (finding: Finding) => void;
  onDecide: (override: Override) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const testId = `finding-${finding.code}`;
  return (
    <Flex
      vertical
      gap={2}
      data-testid={testId}
      data-severity={finding.severity}
      className="suitability-finding"
    >
      <Flex gap="small" align="center" wrap>
        <SeverityTag severity={finding.severity} />
        <Typography.Text>{finding.message[language]}</Typography.Text>
      </Flex>
      <Typography.Text
        type="secondary"
        className="suitability-finding-source"
        title={[finding.rule, ...finding.settings.map((s) => `${s.path} = ${settingUsedRaw(s.value)}`)].join(
          ' · ',
        )}
      >
        {[
          t('suitability.rule', { rule: ruleWords(finding.rule, language) }),
          ...finding.settings.map((s) =>
            t('suitability.setting', { setting: settingUsedWords(s, language) }),
          ),
        ].join(' · ')}
      </Typography.Text>
      {finding.severity === 'needs_approval' ? (
        <Flex gap="small" align="center">
          {pending ? (
            <>
              <Tag data-testid={`${testId}-pending`}>{t('suitability.pending')}</Tag>
              <Button size="small" data-testid={`${testId}-decide`} onClick={() => onDecide(pending)}>
                {t('suitability.decide')}
              </Button>
            </>
          ) : (
            <Button size="small" data-testid={`${testId}-request`} onClick={() => onRequest(finding)}>
              {t('suitability.requestOverride')}
            </Button>
          )}
        </Flex>
      ) : null}
    </Flex>
  );
}
