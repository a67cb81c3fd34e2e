import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { describeError } from '../../../components/api-errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { shanghaiToday } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useCreateVisit, useDeleteVisit, useVisits, type Visit } from '../api.ts';

type FormValues = { visitedOn: Dayjs; party: string; place: string; notes?: string };

/** 驻点招商走访记录: a resident bureau's staff log whom they visited, when and where; the office reads every unit's. */
export function VisitsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const canWrite = may(me, 'visit.manage') && me.unit !== null;
  const [page, setPage] = useState(1);
  const visits = useVisits(page, 50);
  const create = useCreateVisit();
  const remove = useDeleteVisit();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();

  const submit = (v: FormValues) =>
    create.mutate(
      { visitedOn: v.visitedOn.format('YYYY-MM-DD'), party: v.party, place: v.place, notes: v.notes?.trim() || null },
      {
        onSuccess: () => {
          message.success(t('visits.saved'));
          setOpen(false);
          form.resetFields();
        },
        onError: (e) => message.error(describeError(e, t)),
      },
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('visits.title')}
          </Typography.Title>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href="/api/v1/exports/visits">
              {t('visits.export')}
            </Button>
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
                {t('visits.add')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('visits.hint')}
        </Typography.Paragraph>
      </Card>
      {visits.error ? <ErrorAlert error={visits.error} onRetry={() => void visits.refetch()} /> : null}
      <Table<Visit>
        size="small"
        bordered
        rowKey="id"
        loading={visits.isLoading}
        dataSource={visits.data?.items ?? []}
        pagination={{ current: page, pageSize: 50, total: visits.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: t('visits.empty') }}
        columns={[
          { title: t('visits.col.date'), dataIndex: 'visitedOn', width: 120 },
          { title: t('visits.col.unit'), key: 'unit', width: 160, render: (_, v) => v.unit.name },
          { title: t('visits.col.party'), dataIndex: 'party' },
          { title: t('visits.col.place'), dataIndex: 'place', width: 160 },
          { title: t('visits.col.notes'), dataIndex: 'notes' },
          { title: t('visits.col.by'), dataIndex: 'createdBy', width: 100 },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 60,
                  render: (_: unknown, v: Visit) =>
                    v.unit.id === me.unit?.id || me.role === 'office' ? (
                      <Popconfirm title={t('visits.deleteConfirm')} onConfirm={() => remove.mutate(v.id)}>
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('visits.deleteConfirm')}
                        />
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={open}
        title={t('visits.add')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ visitedOn: shanghaiToday() }}
        >
          <Form.Item name="visitedOn" label={t('visits.col.date')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} />
          </Form.Item>
          <Form.Item
            name="party"
            label={t('visits.col.party')}
            rules={[{ required: true, whitespace: true, message: t('visits.partyRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="place"
            label={t('visits.col.place')}
            rules={[{ required: true, whitespace: true, message: t('visits.placeRequired') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="notes" label={t('visits.col.notes')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
