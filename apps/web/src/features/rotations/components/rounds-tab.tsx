import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Space, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EmptyList } from '../../../components/empty-list.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DATE_FORMAT } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { type RotationRound, useOpenRound, useRounds } from '../api.ts';

type Values = { name: string; startsOn: Dayjs; endsOn?: Dayjs | null };
const FIELDS = ['name', 'startsOn', 'endsOn'] as const;

/** The rounds (轮换批次): the office opens one per cycle, three years unless it sets the end. */
export function RoundsTab() {
  const { t } = useI18n();
  const me = useSessionUser();
  const rounds = useRounds();
  const [opening, setOpening] = useState(false);
  const columns: TableColumnsType<RotationRound> = [
    { title: t('rotation.round.name'), dataIndex: 'name' },
    { title: t('rotation.round.startsOn'), dataIndex: 'startsOn', width: 130 },
    { title: t('rotation.round.endsOn'), dataIndex: 'endsOn', width: 130 },
    { title: t('rotation.round.postingCount'), dataIndex: 'postingCount', width: 120 },
  ];
  if (rounds.error) return <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {may(me, 'rotation.manage') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
          {t('rotation.round.open')}
        </Button>
      ) : null}
      <Table<RotationRound>
        rowKey="id"
        columns={columns}
        dataSource={rounds.data}
        loading={rounds.isFetching}
        pagination={false}
        locale={{ emptyText: <EmptyList text={t('rotation.round.empty')} /> }}
      />
      <RoundFormModal open={opening} onClose={() => setOpening(false)} />
    </Space>
  );
}

function RoundFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const openRound = useOpenRound();
  const showError = useErrorToast();
  const submit = (v: Values) =>
    openRound.mutate(
      {
        name: v.name.trim(),
        startsOn: v.startsOn.format(DATE_FORMAT),
        ...(v.endsOn ? { endsOn: v.endsOn.format(DATE_FORMAT) } : {}),
      },
      {
        onSuccess: (round) => {
          message.success(t('rotation.round.opened', { name: round.name, end: round.endsOn }));
          onClose();
        },
        onError: (error) => showError(error, { form, fields: FIELDS }),
      },
    );
  return (
    <Modal
      open={open}
      title={t('rotation.round.open')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={openRound.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="name"
          label={t('rotation.round.name')}
          rules={[{ required: true, whitespace: true, message: t('rotation.round.nameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} placeholder={t('rotation.round.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={t('rotation.round.startsOn')}
          rules={[{ required: true, message: t('rotation.round.startsOnRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="endsOn" label={t('rotation.round.endsOn')} extra={t('rotation.round.endsOnHint')}>
          <DatePicker />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('rotation.round.hint')}</Typography.Text>
    </Modal>
  );
}
