import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { UNIT_KINDS } from '@zhaoshang/shared';
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { errorProps, type FieldErrors } from './indicators-table.tsx';

/** The ranking groups: unit kinds ranked together (counties with zones, bureaus apart, …). */
export function GroupsCard({ disabled, errorsAt }: { disabled: boolean; errorsAt: FieldErrors }) {
  const { t, unitKindLabel } = useI18n();
  const kindOptions = UNIT_KINDS.map((kind) => ({ value: kind, label: unitKindLabel(kind) }));
  const groupErrors = errorsAt('groups');
  return (
    <Card
      size="small"
      title={t('scheme.groups.title')}
      extra={<Typography.Text type="secondary">{t('scheme.groups.hint')}</Typography.Text>}
    >
      <Form.List name="groups">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'name']}
                  style={{ margin: 0, width: 200 }}
                  {...errorProps(errorsAt(`groups.${field.name}.name`))}
                >
                  <Input placeholder={t('scheme.groups.name')} maxLength={50} aria-label={t('scheme.groups.name')} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unitKinds']}
                  style={{ margin: 0, flex: 1, minWidth: 260 }}
                  {...errorProps(errorsAt(`groups.${field.name}.unitKinds`))}
                >
                  <Select
                    mode="multiple"
                    options={kindOptions}
                    placeholder={t('scheme.groups.kinds')}
                    aria-label={t('scheme.groups.kinds')}
                  />
                </Form.Item>
                {disabled ? null : (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('scheme.remove')}
                  />
                )}
              </Flex>
            ))}
            {groupErrors?.length ? <Typography.Text type="danger">{groupErrors.join('；')}</Typography.Text> : null}
            {disabled ? null : (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', unitKinds: [] })}
                style={{ alignSelf: 'start' }}
              >
                {t('scheme.groups.add')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
