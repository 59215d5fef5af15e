import { useEffect } from 'react';
import { Flex, Radio, Typography } from 'antd';
import type { Question } from '../../../../shared/features/kyc';
import { useLanguage } from '../../app/language';

interface QuestionStepProps {
  question: Question;
  number: number;
  answer: string | undefined;
  onAnswer(optionId: string): void;
  onNext(): void;
  onBack(): void;
}

const LARGE = { fontSize: 22, lineHeight: 1.5 };

/**
 * One question in large type, readable by the client beside the advisor. Keys: a number chooses
 * that option, Enter or → goes on, ← goes back (not while typing in a field).
 */
export function QuestionStep({ question, number, answer, onAnswer, onNext, onBack }: QuestionStepProps) {
  const { language } = useLanguage();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input[type="text"], textarea, [contenteditable="true"]')) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const chosen = /^[1-9]$/.test(event.key) ? question.options[Number(event.key) - 1] : undefined;
      if (chosen) {
        onAnswer(chosen.id);
      } else if (event.key === 'Enter' || event.key === 'ArrowRight') {
        // Enter on a focused button already presses it.
        if (event.key === 'Enter' && target?.closest('button')) return;
        onNext();
      } else if (event.key === 'ArrowLeft') {
        onBack();
      } else {
        return;
      }
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [question, onAnswer, onNext, onBack]);

  const headingId = `kyc-question-${question.id}`;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} id={headingId} style={{ fontSize: 26 }} data-testid="kyc-question">
        {number}. {question.text[language]}
      </Typography.Title>
      <Radio.Group
        aria-labelledby={headingId}
        value={answer ?? null}
        onChange={(event) => onAnswer(event.target.value as string)}
      >
        <Flex vertical gap="small">
          {question.options.map((option, index) => (
            <Radio key={option.id} value={option.id} style={LARGE} data-testid={`kyc-option-${index + 1}`}>
              <span aria-hidden="true" className="mono">
                {index + 1}.{' '}
              </span>
              {option.text[language]}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Flex>
  );
}
