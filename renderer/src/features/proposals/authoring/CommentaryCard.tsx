import { Card, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProposalContent } from '../../../../../shared/features/proposals';

type Commentary = ProposalContent['commentary'];

const textOrNull = (text: string) => (text.trim() === '' ? null : text);

/** The advisor's rationale, the one-page summary and the key actions (one a line, up to 8). */
export function CommentaryCard({
  commentary,
  onChange,
}: {
  commentary: Commentary;
  onChange: (commentary: Commentary) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 className="card-title">{t('proposals.commentary')}</h2>}>
      <Flex vertical gap="small">
        <label className="block-field">
          <span>{t('proposals.rationaleWhole')}</span>
          <Input.TextArea
            value={commentary.rationale ?? ''}
            maxLength={4000}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(event) => onChange({ ...commentary, rationale: textOrNull(event.target.value) })}
            data-testid="proposal-rationale"
          />
        </label>
        <label className="block-field">
          <span>{t('proposals.summary')}</span>
          <Input.TextArea
            value={commentary.summary ?? ''}
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(event) => onChange({ ...commentary, summary: textOrNull(event.target.value) })}
            data-testid="proposal-summary"
          />
        </label>
        <label className="block-field">
          <span>{t('proposals.keyActions')}</span>
          <Input.TextArea
            value={commentary.keyActions.join('\n')}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(event) =>
              onChange({
                ...commentary,
                keyActions: event.target.value
                  .split('\n')
                  .map((line) => line.slice(0, 200))
                  .filter((line, i, lines) => line.trim() !== '' || i === lines.length - 1)
                  .slice(0, 8),
              })
            }
            data-testid="proposal-key-actions"
          />
        </label>
      </Flex>
    </Card>
  );
}
