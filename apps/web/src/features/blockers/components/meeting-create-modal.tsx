import { shanghaiDate } from '@zhaoshang/shared';
import { Alert, App, DatePicker, Form, Input, Modal, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Blocker } from '../api.ts';
import { useBlockers, useCreateMeeting } from '../api.ts';
import { useBlockerColumns } from './blocker-columns.tsx';

type Values = { title: string; heldOn: Dayjs };

/**
 * 召开联席会议: the agenda starts as every open blocker of a major project; the office may
 * leave some out. Unticked ones are remembered rather than ticked ones, so all are in by default.
 */
export function MeetingCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const handleError = useListChangeError();
  const agenda = useBlockers({ status: 'open', majorOnly: 'true' }, open);
  const [left, setLeft] = useState<Set<number>>(new Set());
  const today = shanghaiDate();

  const candidates = agenda.data ?? [];
  const chosen = candidates.filter((b) => !left.has(b.id)).map((b) => b.id);
  const columns = useBlockerColumns();

  const close = () => {
    setLeft(new Set());
    onClose();
  };

  const submit = (values: Values) => {
    if (!chosen.length) {
      message.warning(t('work.agendaRequired'));
      return;
    }
    create.mutate(
      { title: values.title.trim(), heldOn: values.heldOn.format(DATE_FORMAT), blockerIds: chosen },
      {
        onSuccess: (created) => {
          message.success(t('work.meetingCreated', { items: created.items }));
          close();
          navigate(`/meetings/${created.id}`);
        },
        onError: (error) => handleError(error, { form, fields: ['title', 'heldOn'] }),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('work.createMeeting')}
      okText={t('work.createMeetingOk')}
      okButtonProps={{ disabled: agenda.isSuccess && !candidates.length }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={1000}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ title: t('work.meetingDefaultTitle', { date: today }), heldOn: dayjs(today) }}
        onFinish={submit}
        style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}
      >
        <Form.Item
          name="title"
          label={t('work.meetingTitle')}
          style={{ flex: '1 1 360px' }}
          rules={[{ required: true, whitespace: true, message: t('work.meetingTitleRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('work.heldOn')}
          rules={[{ required: true, message: t('work.heldOnRequired') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('work.agendaPreview', { chosen: chosen.length, total: candidates.length })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('work.agendaPreviewHint')}</Typography.Paragraph>
      {agenda.error ? (
        <ErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : agenda.isSuccess && !candidates.length ? (
        <Alert type="info" showIcon title={t('work.agendaEmpty')} />
      ) : (
        <Table<Blocker>
          rowKey="id"
          size="small"
          loading={agenda.isFetching}
          columns={columns}
          dataSource={candidates}
          rowSelection={{
            selectedRowKeys: chosen,
            onChange: (keys) => {
              const kept = new Set(keys.map(Number));
              setLeft(new Set(candidates.filter((b) => !kept.has(b.id)).map((b) => b.id)));
            },
          }}
          pagination={false}
          scroll={{ x: 'max-content', y: 360 }}
        />
      )}
    </Modal>
  );
}
