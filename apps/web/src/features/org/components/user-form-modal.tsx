import { ROLES, type Role } from '@zhaoshang/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { PasswordChecklist, passwordPolicyRule, weakPasswordErrors } from '../../../components/password-checklist.tsx';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { User, UserPatch } from '../api.ts';
import { useCreateUser, useUpdateUser } from '../api.ts';
import { useUnitOptions } from '../hooks/use-unit-options.ts';

type Values = { username: string; displayName: string; password: string; role: Role; unitId: number };

const FIELDS = ['username', 'displayName', 'password', 'role', 'unitId'] as const;

/** Adds a user with an initial password, or edits one (`user` given): name, role, unit. */
export function UserFormModal({ open, user, onClose }: { open: boolean; user?: User; onClose: () => void }) {
  const { t, roleLabel, passwordProblemLabel } = useI18n();
  const { message } = App.useApp();
  const handleError = useListChangeError();
  const [form] = Form.useForm<Values>();
  const username = Form.useWatch('username', form) ?? '';
  const password = Form.useWatch('password', form) ?? '';
  const units = useUnitOptions(user?.homeUnit.id);
  const create = useCreateUser();
  const update = useUpdateUser();
  const saving = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.homeUnit.id,
      });
    }
  }, [open, user, form]);

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'DUPLICATE') {
      form.setFields([{ name: 'username', errors: [error.message] }]);
      return;
    }
    const weak = weakPasswordErrors(error, passwordProblemLabel);
    if (weak) {
      form.setFields([{ name: 'password', errors: weak }]);
      return;
    }
    if (handleError(error, { form, fields: FIELDS })) onClose();
  };

  const done = (text: string) => {
    message.success(text);
    onClose();
  };

  const submit = (values: Values) => {
    if (!user) {
      create.mutate(
        { ...values, username: values.username.trim(), displayName: values.displayName.trim() },
        { onSuccess: () => done(t('org.userCreated')), onError },
      );
      return;
    }
    const patch: UserPatch = { version: user.version };
    if (values.displayName.trim() !== user.displayName) patch.displayName = values.displayName.trim();
    if (values.role !== user.role) patch.role = values.role;
    if (values.unitId !== user.homeUnit.id) patch.unitId = values.unitId;
    update.mutate({ id: user.id, patch }, { onSuccess: () => done(t('org.userSaved')), onError });
  };

  return (
    <Modal
      open={open}
      title={user ? t('org.editUser') : t('org.addUser')}
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
          name="username"
          label={t('org.username')}
          extra={user ? undefined : t('org.usernameHint')}
          rules={[
            { required: true, message: t('org.usernameRequired') },
            { pattern: /^[A-Za-z0-9._-]+$/, message: t('org.usernameInvalid') },
          ]}
        >
          <Input disabled={Boolean(user)} autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('org.displayName')}
          rules={[{ required: true, whitespace: true, message: t('org.displayNameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        {user ? null : (
          <>
            <Form.Item
              name="password"
              label={t('org.initialPassword')}
              extra={t('org.initialPasswordHint')}
              rules={[
                { required: true, message: t('password.newRequired') },
                passwordPolicyRule(() => form.getFieldValue('username') ?? '', t('password.policyNotMet')),
              ]}
              dependencies={['username']}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <PasswordChecklist password={password} username={username} />
          </>
        )}
        <Form.Item name="role" label={t('org.role')} rules={[{ required: true, message: t('org.roleRequired') }]}>
          <Select options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('org.unit')}
          extra={
            user && user.unit.id !== user.homeUnit.id
              ? t('org.unitDuringSecondment', { unit: user.unit.name })
              : undefined
          }
          rules={[{ required: true, message: t('org.unitRequired') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} loading={units.loading} options={units.options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
