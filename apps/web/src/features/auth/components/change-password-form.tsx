import { Alert, App, Button, Form, Input, Space } from 'antd';
import { ApiError } from '../../../components/api-client.ts';
import { PasswordChecklist, passwordPolicyRule, weakPasswordErrors } from '../../../components/password-checklist.tsx';
import { type FormErrorTarget, useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Me } from '../api.ts';
import { useChangePassword } from '../api.ts';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** Current, new and repeated password, with the policy checked live as the user types. */
export function ChangePasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: Me;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t, passwordProblemLabel } = useI18n();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const change = useChangePassword();

  const reason =
    user.passwordChangeReason === 'first_login'
      ? t('password.reason.firstLogin')
      : user.passwordChangeReason === 'expired'
        ? t('password.reason.expired')
        : null;

  const onError = (error: unknown) => {
    const target: FormErrorTarget = { form, fields: FIELDS };
    if (error instanceof ApiError && error.code === 'WRONG_PASSWORD') {
      form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
    } else if (error instanceof ApiError && (error.code === 'WEAK_PASSWORD' || error.code === 'PASSWORD_REUSED')) {
      form.setFields([
        { name: 'newPassword', errors: weakPasswordErrors(error, passwordProblemLabel) ?? [error.message] },
      ]);
    } else {
      showError(error, target);
    }
  };

  const submit = ({ currentPassword, newPassword: next }: Values) => {
    change.mutate(
      { currentPassword, newPassword: next },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          onDone();
        },
        onError,
      },
    );
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={change.isPending}>
      {reason ? <Alert type="warning" showIcon title={reason} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        rules={[
          { required: true, message: t('password.newRequired') },
          passwordPolicyRule(() => user.username, t('password.policyNotMet')),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <PasswordChecklist password={newPassword} username={user.username} />
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </Space>
    </Form>
  );
}
