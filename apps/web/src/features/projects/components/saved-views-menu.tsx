import { CheckOutlined, DeleteOutlined, DownOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useSavedViews } from '../hooks/use-saved-views.ts';
import type { ViewState } from '../project-list-state.ts';
import { isCurrentView, MAX_VIEW_NAME } from '../saved-views.ts';

/**
 * Named filter sets ("澜城区在建重大项目") a person returns to every week, kept in this
 * browser for this user: pick one to apply it, save the current filters under a name, delete.
 */
export function SavedViewsMenu({
  state,
  onApply,
}: {
  state: Record<string, string | undefined>;
  onApply: (view: ViewState) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const { views, save, remove } = useSavedViews(me.id);
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const typed = Form.useWatch('name', form);
  const current = views.find((v) => isCurrentView(v, state));

  const submit = ({ name }: { name: string }) => {
    save(name, state);
    setNaming(false);
    message.success(t('project.views.saved', { name: name.trim() }));
  };

  const items = [
    ...views.map((view) => ({
      key: `view:${view.name}`,
      label: (
        <Space style={{ width: '100%', justifyContent: 'space-between', minWidth: 220 }}>
          <span>
            {view === current ? <CheckOutlined style={{ marginRight: 6 }} /> : null}
            {view.name}
          </span>
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('project.views.delete', { name: view.name })}
            onClick={(e) => {
              e.stopPropagation();
              remove(view.name);
            }}
          />
        </Space>
      ),
      onClick: () => onApply(view.state),
    })),
    ...(views.length ? [{ type: 'divider' as const }] : []),
    {
      key: 'save',
      icon: <SaveOutlined />,
      label: t('project.views.saveCurrent'),
      onClick: () => setNaming(true),
    },
  ];

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items }}>
        <Button>
          {current ? t('project.views.current', { name: current.name }) : t('project.views.title')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={naming}
        title={t('project.views.saveCurrent')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setNaming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('project.views.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: current?.name ?? '' }}>
          <Form.Item
            name="name"
            label={t('project.views.name')}
            rules={[{ required: true, whitespace: true, message: t('project.views.nameRequired') }]}
            extra={views.some((v) => v.name === typed?.trim()) ? t('project.views.replaces') : undefined}
          >
            <Input maxLength={MAX_VIEW_NAME} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
