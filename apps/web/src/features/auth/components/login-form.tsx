import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { applyFieldErrors, describeError } from '../../../components/api-errors.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Credentials } from '../api.ts';
import { useLogin } from '../api.ts';

const FIELDS = ['username', 'password'] as const;

/**
 * Username and password. A refusal (wrong password, locked for 30 minutes, disabled,
 * too many attempts) is shown as the server words it. Where to go next is decided by the
 * page, which watches the session.
 */
export function LoginForm() {
  const { t } = useI18n();
  const [form] = Form.useForm<Credentials>();
  const login = useLogin();

  const submit = (values: Credentials) => {
    login.mutate(values, {
      onError: (error) => {
        applyFieldErrors(form, error, FIELDS);
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={login.isPending}>
      {login.error ? (
        <Alert type="error" showIcon role="alert" title={describeError(login.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
