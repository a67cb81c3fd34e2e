import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { UnitKind } from '@zhaoshang/shared';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../components/api-errors.ts';
import { shanghaiToday } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnits } from '../../org/api.ts';
import type { Adjustment } from '../api.ts';
import { useDraftBulletin } from '../api.ts';
import { isMonthOver } from '../bulletin-format.ts';

/** The kinds ranked in the bulletins (the default scheme's groups): only they can lose points. */
const RANKED_KINDS: readonly UnitKind[] = ['resident_bureau', 'service_center', 'county', 'function_zone'];

type Values = { month: Dayjs; adjustments?: Partial<Adjustment>[] };

export type DraftDefaults = { year: number; month: number; adjustments: Adjustment[] };

/**
 * Drafts a month's bulletin, or redrafts one (`redraft` fixes the month and starts from its
 * adjustments). Points off for falsified data are given per unit, each with its reason.
 */
export function DraftBulletinModal({
  open,
  redraft,
  onClose,
}: {
  open: boolean;
  redraft?: DraftDefaults;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const draft = useDraftBulletin();
  const units = useUnits();
  const today = shanghaiToday().format('YYYY-MM-DD');
  const unitOptions = (units.data ?? [])
    .filter((u) => u.active && RANKED_KINDS.includes(u.kind))
    .map((u) => ({ value: u.id, label: u.name }));

  const { reset } = draft;
  // Each opening starts without the last attempt's error.
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);
  const initialValues: Values = {
    month: redraft ? dayjs(new Date(redraft.year, redraft.month - 1, 1)) : shanghaiToday().subtract(1, 'month'),
    adjustments: redraft?.adjustments ?? [],
  };

  const submit = (values: Values) => {
    const input = {
      year: values.month.year(),
      month: values.month.month() + 1,
      adjustments: (values.adjustments ?? []).map((a) => ({
        unitId: a.unitId as number,
        falsified: a.falsified ?? 1,
        note: (a.note ?? '').trim(),
      })),
    };
    draft.mutate(input, {
      onSuccess: ({ id }) => {
        void message.success(t(redraft ? 'bulletin.redrafted' : 'bulletin.drafted'));
        onClose();
        navigate(`/bulletins/${id}`);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t(redraft ? 'bulletin.redraftTitle' : 'bulletin.draftTitle')}
      okText={t(redraft ? 'bulletin.redraft' : 'bulletin.draft')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={draft.isPending}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={initialValues}>
        <Form.Item
          name="month"
          label={t('bulletin.month')}
          rules={[{ required: true, message: t('bulletin.monthRequired') }]}
          extra={t('bulletin.monthHelp')}
        >
          <DatePicker
            picker="month"
            disabled={redraft !== undefined}
            allowClear={false}
            disabledDate={(d) => !isMonthOver(d.year(), d.month() + 1, today)}
            format={t('bulletin.monthFormat')}
          />
        </Form.Item>
        <Typography.Text strong>{t('bulletin.adjustments')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
          {t('bulletin.adjustmentsHelp')}
        </Typography.Paragraph>
        <Form.List name="adjustments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    rules={[{ required: true, message: t('bulletin.adjustUnitRequired') }]}
                  >
                    <Select
                      style={{ width: 220 }}
                      showSearch
                      optionFilterProp="label"
                      options={unitOptions}
                      placeholder={t('bulletin.adjustUnit')}
                      loading={units.isLoading}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'falsified']}
                    initialValue={1}
                    rules={[{ required: true, message: t('bulletin.adjustCountRequired') }]}
                  >
                    <InputNumber
                      min={1}
                      max={100}
                      precision={0}
                      style={{ width: 110 }}
                      suffix={t('bulletin.adjustTimes')}
                      aria-label={t('bulletin.adjustCount')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'note']}
                    rules={[{ required: true, whitespace: true, message: t('bulletin.adjustNoteRequired') }]}
                  >
                    <Input style={{ width: 260 }} maxLength={500} placeholder={t('bulletin.adjustNote')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('bulletin.adjustRemove')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ falsified: 1 })}>
                {t('bulletin.adjustAdd')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {draft.error ? (
        <Alert style={{ marginTop: 16 }} type="error" showIcon title={describeError(draft.error, t)} />
      ) : null}
    </Modal>
  );
}
