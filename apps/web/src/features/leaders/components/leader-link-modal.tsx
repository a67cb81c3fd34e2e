import { App, Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEvents } from '../../events/api.ts';
import { useMajorProjects } from '../../major-projects/api.ts';
import { type LinkKind, useLinkLeader } from '../api.ts';

type Values = { kind: LinkKind; targetId: number };

/** 挂钩: the office links the leader to one of the major projects or one of the events. */
export function LeaderLinkModal({ leaderId, onClose }: { leaderId: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<LinkKind>('projects');
  const projects = useMajorProjects({ page: 1, pageSize: 200 });
  const events = useEvents({ page: 1, pageSize: 500, sort: 'startsOn', desc: 'true' }, kind === 'events');
  const link = useLinkLeader();
  const handleError = useListChangeError();
  const options =
    kind === 'projects'
      ? (projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))
      : (events.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} · ${e.startsOn}` }));

  return (
    <Modal
      open={leaderId !== null}
      title={t('leader.link')}
      okText={t('leader.link')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'projects' }}
        onFinish={(v) =>
          link.mutate(
            { leaderId: leaderId!, kind: v.kind, targetId: v.targetId },
            {
              onSuccess: () => {
                message.success(t('leader.linked'));
                onClose();
              },
              onError: (error) => handleError(error, { form, fields: ['targetId'] }),
            },
          )
        }
      >
        <Form.Item name="kind" label={t('leader.linkKind')}>
          <Radio.Group
            onChange={(e) => {
              setKind(e.target.value);
              form.setFieldValue('targetId', undefined);
            }}
            options={[
              { value: 'projects', label: t('leader.majorProject') },
              { value: 'events', label: t('leader.event') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={kind === 'projects' ? t('leader.majorProject') : t('leader.event')}
          rules={[{ required: true, message: t('leader.targetRequired') }]}
        >
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
