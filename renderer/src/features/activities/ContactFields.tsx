import type { Ref } from 'react';
import { Form, Input, Radio, Select, type InputRef } from 'antd';
import {
  ACTIVITY_FIELD_WORDS,
  CONTACT_CHANNEL_WORDS,
  CONTACT_CHANNELS,
  CONTACT_DIRECTION_WORDS,
  CONTACT_DIRECTIONS,
} from '../../../../shared/features/activities';
import { useLanguage } from '../../app/language';

/**
 * A contact's own fields inside an activity form (ActivityFormValues): channel, direction, subject,
 * outcome and, unless left out, the materials. One client's contact and a mailing to many share them.
 */
export function ContactFields({
  subjectRef,
  withMaterials = true,
}: {
  subjectRef?: Ref<InputRef>;
  withMaterials?: boolean;
}) {
  const { language } = useLanguage();
  const label = (key: keyof typeof ACTIVITY_FIELD_WORDS) => ACTIVITY_FIELD_WORDS[key][language];
  return (
    <>
      <div className="form-grid">
        <Form.Item name="channel" label={label('channel')}>
          <Select
            aria-label={label('channel')}
            data-testid="activity-channel"
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: CONTACT_CHANNEL_WORDS[c][language] }))}
          />
        </Form.Item>
        <Form.Item name="direction" label={label('direction')}>
          <Radio.Group
            data-testid="activity-direction"
            options={CONTACT_DIRECTIONS.map((d) => ({
              value: d,
              label: CONTACT_DIRECTION_WORDS[d][language],
            }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="subject" label={label('subject')} required>
        <Input ref={subjectRef} maxLength={100} data-testid="activity-subject" />
      </Form.Item>
      <Form.Item name="outcome" label={label('outcome')}>
        <Input maxLength={200} data-testid="activity-outcome" />
      </Form.Item>
      {withMaterials ? (
        <Form.Item name="materials" label={label('materials')}>
          <Input maxLength={200} data-testid="activity-materials" />
        </Form.Item>
      ) : null}
    </>
  );
}
