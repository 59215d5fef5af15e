import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PathRule } from './useIssueRule';
import { HOUSEHOLD_RELATIONS } from '../../../../shared/features/clients/schema';
import { ClientPicker } from './ClientPicker';

/** 家庭成員: links to other clients, found by search, with the relation. */
export function HouseholdField({
  rule,
  selfId,
  knownNames,
}: {
  rule: PathRule;
  selfId?: string;
  knownNames: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name="household" rules={[rule(['household'])]}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('client.household')} className="list-field">
          {fields.map((field) => (
            <Space key={field.key} align="baseline" className="list-row" data-testid="household-row">
              <Form.Item
                name={[field.name, 'clientId']}
                rules={[rule(['household', field.name, 'clientId'])]}
              >
                <ClientPicker
                  aria-label={t('form.householdClient')}
                  excludeId={selfId}
                  knownNames={knownNames}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'relation']}
                rules={[rule(['household', field.name, 'relation'])]}
              >
                <Select
                  aria-label={t('form.relation')}
                  className="relation-select"
                  options={HOUSEHOLD_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('form.removeHousehold')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ relation: 'spouse' })}
            disabled={fields.length >= 20}
            data-testid="add-household"
          >
            {t('form.addHousehold')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
