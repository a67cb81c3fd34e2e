import { UNIT_KINDS, type UnitKind } from '@zhaoshang/shared';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useMemo } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Unit, UnitPatch } from '../api.ts';
import { useCreateUnit, useUpdateUnit } from '../api.ts';
import { unitAndDescendants } from '../unit-tree.ts';

type Values = { name: string; kind: UnitKind; parentId?: number | null; divisionCode?: string; active: boolean };

const FIELDS = ['name', 'kind', 'parentId', 'divisionCode', 'active'] as const;

/** Adds a unit, or edits one (`unit` given) including deactivating it. */
export function UnitFormModal({
  open,
  unit,
  units,
  onClose,
}: {
  open: boolean;
  unit?: Unit;
  units: readonly Unit[];
  onClose: () => void;
}) {
  const { t, unitKindLabel } = useI18n();
  const { message } = App.useApp();
  const handleError = useListChangeError();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const saving = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      unit
        ? {
            name: unit.name,
            kind: unit.kind,
            parentId: unit.parentId,
            divisionCode: unit.divisionCode ?? '',
            active: unit.active,
          }
        : { active: true },
    );
  }, [open, unit, form]);

  const parentOptions = useMemo(() => {
    const excluded = unit ? unitAndDescendants(units, unit.id) : new Set<number>();
    return units
      .filter((u) => !excluded.has(u.id) && (u.active || u.id === unit?.parentId))
      .map((u) => ({ value: u.id, label: u.name }));
  }, [units, unit]);

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'DUPLICATE') {
      form.setFields([{ name: 'name', errors: [error.message] }]);
      return;
    }
    if (handleError(error, { form, fields: FIELDS })) onClose();
  };

  const submit = (values: Values) => {
    const divisionCode = values.divisionCode?.trim() || null;
    const parentId = values.parentId ?? null;
    if (!unit) {
      create.mutate(
        { name: values.name.trim(), kind: values.kind, parentId, divisionCode },
        {
          onSuccess: () => {
            message.success(t('org.unitCreated'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    // Only what changed is sent, with the version we saw.
    const patch: UnitPatch = { version: unit.version };
    if (values.name.trim() !== unit.name) patch.name = values.name.trim();
    if (values.kind !== unit.kind) patch.kind = values.kind;
    if (parentId !== unit.parentId) patch.parentId = parentId;
    if (divisionCode !== unit.divisionCode) patch.divisionCode = divisionCode;
    if (values.active !== unit.active) patch.active = values.active;
    update.mutate(
      { id: unit.id, patch },
      {
        onSuccess: () => {
          message.success(t('org.unitSaved'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={unit ? t('org.editUnit') : t('org.addUnit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} disabled={saving}>
        <Form.Item
          name="name"
          label={t('org.unitName')}
          rules={[{ required: true, whitespace: true, message: t('org.unitNameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('org.unitKind')}
          rules={[{ required: true, message: t('org.unitKindRequired') }]}
        >
          <Select options={UNIT_KINDS.map((kind) => ({ value: kind, label: unitKindLabel(kind) }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('org.parentUnit')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('org.noParent')}
            options={parentOptions}
          />
        </Form.Item>
        <Form.Item
          name="divisionCode"
          label={t('org.divisionCode')}
          extra={t('org.divisionCodeHint')}
          rules={[{ pattern: /^\d{6}(\d{6})?$/, message: t('org.divisionCodeInvalid') }]}
        >
          <Input maxLength={12} inputMode="numeric" />
        </Form.Item>
        {unit ? (
          <Form.Item name="active" label={t('org.unitActive')} valuePropName="checked" extra={t('org.unitActiveHint')}>
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
