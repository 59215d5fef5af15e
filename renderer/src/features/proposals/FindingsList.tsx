import type { ReactNode } from 'react';
import { Flex } from 'antd';
import {
  SEVERITY_WORDS,
  VERDICT_WORDS,
  type Finding,
  type Severity,
  type Verdict,
} from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';

const TONE: Record<Severity, string> = {
  block: 'tone-danger',
  needs_approval: 'tone-caution',
  warning: 'tone-info',
  overridden: 'tone-ok',
};
const VERDICT_TONE: Record<Verdict, string> = {
  blocked: 'tone-danger',
  needs_approval: 'tone-caution',
  ok: 'tone-ok',
};

/**
 * Suitability findings, compact: the severity as a word on its tone, then the message, then what
 * may be done about it (the authoring screen's override state and request).
 */
export function FindingsList({
  findings,
  testId,
  action,
}: {
  findings: readonly Finding[];
  testId: string;
  action?: (finding: Finding) => ReactNode;
}) {
  const { language } = useLanguage();
  if (findings.length === 0) return null;
  return (
    <Flex vertical gap={2} data-testid={testId}>
      {findings.map((finding, index) => (
        <span
          key={`${finding.code}-${finding.subject ?? ''}-${index}`}
          className="proposal-finding"
          data-testid={`finding-${finding.code}`}
          data-severity={finding.severity}
        >
          <span className={`status-badge ${TONE[finding.severity]}`}>
            {SEVERITY_WORDS[finding.severity][language]}
          </span>{' '}
          {finding.message[language]}
          {action ? <> {action(finding)}</> : null}
        </span>
      ))}
    </Flex>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { language } = useLanguage();
  return (
    <span
      className={`status-badge ${VERDICT_TONE[verdict]}`}
      data-testid="proposal-verdict"
      data-verdict={verdict}
    >
      {VERDICT_WORDS[verdict][language]}
    </span>
  );
}
