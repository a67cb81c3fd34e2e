import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { INDICATOR_KEYS, INDICATOR_LABELS, type IndicatorKey, isRateIndicator } from '@zhaoshang/shared';
import { Button, Card, Flex, Form, type FormInstance, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type SchemeFormValues, weightTotal } from '../scheme-form.ts';

export type FieldErrors = (path: string) => string[] | undefined;

/** Form.Item's error props for a path: red and the messages under the field. */
export const errorProps = (errors: string[] | undefined) =>
  errors?.length
    ? { validateStatus: 'error' as const, help: errors.join('；') }
    : { validateStatus: undefined, help: undefined };

/** The weighted indicators: key, weight (points), and a floor in percent for the rate indicators. */
export function IndicatorsTable({
  form,
  disabled,
  errorsAt,
}: {
  form: FormInstance<SchemeFormValues>;
  disabled: boolean;
  errorsAt: FieldErrors;
}) {
  const { t, lang } = useI18n();
  const indicators = Form.useWatch('indicators', form) ?? [];
  const total = weightTotal(indicators);
  const totalOk = total.hundredths === 10000;
  const used = new Set(indicators.map((i) => i?.key));
  const options = INDICATOR_KEYS.map((key) => ({
    value: key,
    disabled: used.has(key),
    label: (
      <span>
        {INDICATOR_LABELS[key][lang]}{' '}
        <Tag style={{ marginInlineStart: 4 }} color={isRateIndicator(key) ? 'blue' : 'purple'}>
          {isRateIndicator(key) ? t('scheme.kind.rate') : t('scheme.kind.target')}
        </Tag>
      </span>
    ),
  }));
  const sumErrors = errorsAt('indicators');

  return (
    <Card
      size="small"
      title={t('scheme.indicators.title')}
      extra={<Typography.Text type="secondary">{t('scheme.indicators.hint')}</Typography.Text>}
    >
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              pagination={false}
              // A long indicator name (English) scrolls the table inside its card instead of pushing the floors out.
              scroll={{ x: 'max-content' }}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: t('scheme.indicators.key'),
                  key: 'key',
                  render: (_, field) => (
                    <Form.Item
                      name={[field.name, 'key']}
                      style={{ margin: 0 }}
                      {...errorProps(errorsAt(`indicators.${field.name}.key`))}
                    >
                      <Select options={options} style={{ minWidth: 240 }} aria-label={t('scheme.indicators.key')} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('scheme.indicators.weight'),
                  key: 'weight',
                  width: 150,
                  render: (_, field) => (
                    <Form.Item
                      name={[field.name, 'weight']}
                      style={{ margin: 0 }}
                      {...errorProps(errorsAt(`indicators.${field.name}.weight`))}
                    >
                      <InputNumber
                        min={0}
                        max={100}
                        step={1}
                        suffix={t('scheme.points')}
                        style={{ width: 130 }}
                        aria-label={t('scheme.indicators.weight')}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('scheme.indicators.floor'),
                  key: 'floor',
                  width: 150,
                  render: (_, field) => {
                    const key = indicators[field.name]?.key as IndicatorKey | undefined;
                    if (!key || !isRateIndicator(key))
                      return <Typography.Text type="secondary">{t('scheme.indicators.noFloor')}</Typography.Text>;
                    return (
                      <Form.Item
                        name={[field.name, 'floorPercent']}
                        style={{ margin: 0 }}
                        {...errorProps(errorsAt(`indicators.${field.name}.floorPercent`))}
                      >
                        <InputNumber
                          step={1}
                          suffix="%"
                          style={{ width: 120 }}
                          placeholder={t('scheme.indicators.floorNone')}
                          aria-label={t('scheme.indicators.floor')}
                        />
                      </Form.Item>
                    );
                  },
                },
                ...(disabled
                  ? []
                  : [
                      {
                        title: '',
                        key: 'remove',
                        width: 48,
                        render: (_: unknown, field: { name: number }) => (
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            onClick={() => remove(field.name)}
                            aria-label={t('scheme.remove')}
                          />
                        ),
                      },
                    ]),
              ]}
            />
            <Flex gap={8} wrap align="baseline" style={{ padding: '8px 8px 0' }}>
              <Typography.Text strong>{t('scheme.indicators.total')}</Typography.Text>
              <Typography.Text strong type={totalOk ? 'success' : 'danger'} data-testid="weight-total">
                {t('scheme.indicators.totalValue', { total: total.text })}
              </Typography.Text>
              {sumErrors?.length ? <Typography.Text type="danger">{sumErrors.join('；')}</Typography.Text> : null}
            </Flex>
            {disabled ? null : (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                disabled={used.size >= INDICATOR_KEYS.length}
                onClick={() => add({ key: INDICATOR_KEYS.find((k) => !used.has(k)), weight: 0, floorPercent: null })}
              >
                {t('scheme.indicators.add')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Card>
  );
}
