import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { PasswordChecklist, passwordPolicyRule, weakPasswordErrors } from '../../../components/password-checklist.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { User } from '../api.ts';
import { useResetPassword } from '../api.ts';

type Values = { password: string };

/** The administrator sets a temporary password; the user must replace it at next login. */
export function ResetPasswordModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t, passwordProblemLabel } = useI18n();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const [form] = Form.useForm<Values>();
  const password = Form.useWatch('password', form) ?? '';
  const reset = useResetPassword();

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = ({ password: next }: Values) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, password: next },
      {
        onSuccess: () => {
          message.success(t('org.passwordResetDone', { name: user.displayName }));
          onClose();
        },
        onError: (error) => {
          const weak = weakPasswordErrors(error, passwordProblemLabel);
          if (weak) form.setFields([{ name: 'password', errors: weak }]);
          else showError(error, { form, fields: ['password'] });
        },
      },
    );
  };

  return (
    <Modal
      open={Boolean(user)}
      title={user ? t('org.resetPasswordFor', { name: user.displayName }) : ''}
      okText={t('org.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon title={t('org.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} disabled={reset.isPending}>
        <Form.Item
          name="password"
          label={t('org.temporaryPassword')}
          rules={[
            { required: true, message: t('password.newRequired') },
            passwordPolicyRule(() => user?.username ?? '', t('password.policyNotMet')),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PasswordChecklist password={password} username={user?.username ?? ''} />
      </Form>
    </Modal>
  );
}
