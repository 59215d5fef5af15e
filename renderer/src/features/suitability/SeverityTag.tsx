import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import { SEVERITY_WORDS, type Severity } from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';

/** Each severity with an icon and a word as well as a colour, so it reads without colour too. */
const LOOK: Record<Severity, { tone: string; Icon: typeof CloseCircleFilled }> = {
  block: { tone: 'tone-danger', Icon: CloseCircleFilled },
  needs_approval: { tone: 'tone-caution', Icon: ExclamationCircleFilled },
  warning: { tone: 'tone-info', Icon: InfoCircleFilled },
  overridden: { tone: 'tone-ok', Icon: CheckCircleFilled },
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const { language } = useLanguage();
  const { tone, Icon } = LOOK[severity];
  // antd's warning and processing tags fall short of 4.5:1 contrast: the app's own badge tones do not.
  return (
    <span className={`status-badge ${tone}`} data-testid={`severity-${severity}`}>
      <Icon aria-hidden />
      {SEVERITY_WORDS[severity][language]}
    </span>
  );
}
