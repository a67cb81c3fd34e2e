import { Alert, App, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnits } from '../../org/api.ts';
import { type NoticeItem, useAttachableItems, useSendNotice } from '../api.ts';
import { itemKey, noticeItemDetail } from '../notice-format.ts';

type Values = { unitId: number; title: string; body: string };
const FIELDS = ['unitId', 'title', 'body'] as const;

/** 发出点对点通报: a unit, what the office has to say, and the unit's overdue items to list with it. */
export function NoticeSendModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const units = useUnits();
  const [unitId, setUnitId] = useState<number>();
  const [picked, setPicked] = useState<string[]>([]);
  const attachable = useAttachableItems(unitId);
  const send = useSendNotice();
  const handleError = useListChangeError();

  const submit = (values: Values) => {
    const items = (attachable.data ?? [])
      .filter((item) => picked.includes(itemKey(item)))
      .map((item) => ({ kind: item.kind, id: item.id }));
    send.mutate(
      { unitId: values.unitId, title: values.title.trim(), body: values.body.trim(), items },
      {
        onSuccess: (sent) => {
          message.success(t('notice.sent', { count: sent.recipients }));
          onClose();
          navigate(`/notices/${sent.id}`);
        },
        onError: (error) => handleError(error, { form, fields: FIELDS }),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('notice.send')}
      okText={t('notice.send')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={send.isPending}
      destroyOnHidden
      width={760}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="unitId"
          label={t('notice.unit')}
          rules={[{ required: true, message: t('notice.unitRequired') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            onChange={(value: number) => {
              setUnitId(value);
              setPicked([]);
            }}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('notice.title')}
          rules={[{ required: true, whitespace: true, message: t('notice.titleRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('notice.body')}
          rules={[{ required: true, whitespace: true, message: t('notice.bodyRequired') }, { max: 5000 }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('notice.items')} extra={t('notice.itemsHint')}>
          {unitId === undefined ? (
            <Alert type="info" showIcon message={t('notice.pickUnitFirst')} />
          ) : (
            <Table<NoticeItem>
              size="small"
              rowKey={itemKey}
              loading={attachable.isLoading}
              dataSource={attachable.data ?? []}
              pagination={false}
              scroll={{ y: 240 }}
              locale={{ emptyText: t('notice.noItems') }}
              rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked(keys as string[]) }}
              columns={[
                {
                  title: t('notice.itemKind'),
                  key: 'kind',
                  width: 80,
                  render: (_, item) => t(`notice.kind.${item.kind}`),
                },
                { title: t('notice.itemName'), dataIndex: 'name' },
                { title: t('notice.itemDetail'), key: 'detail', render: (_, item) => noticeItemDetail(item, t, lang) },
              ]}
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
