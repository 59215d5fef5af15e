import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { SEVERITY_WORDS, type Severity } from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';

/** Each severity with an icon and a word as well as a colour, so it reads without colour too. */
const LOOK: Record<Severity, { color: string; Icon: typeof CloseCircleFilled }> = {
  block: { color: 'error', Icon: CloseCircleFilled },
  needs_approval: { color: 'warning', Icon: ExclamationCircleFilled },
  warning: { color: 'processing', Icon: InfoCircleFilled },
  overridden: { color: 'success', Icon: CheckCircleFilled },
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const { language } = useLanguage();
  const { color, Icon } = LOOK[severity];
  return (
    <Tag color={color} icon={<Icon aria-hidden />} data-testid={`severity-${severity}`}>
      {SEVERITY_WORDS[severity][language]}
    </Tag>
  );
}
