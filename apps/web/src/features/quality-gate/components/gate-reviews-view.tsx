import { GATE_REASON_LABELS, GATE_STATUS_LABELS } from '@zhaoshang/shared';
import { App, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../components/api-errors.ts';
import { formatDateTime } from '../../../components/format.ts';
import { mayOnRecord } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { AmountText } from '../../projects/components/amount-text.tsx';
import { type GateReview, useDecideReview, useGateReviews } from '../api.ts';

type Deciding = { review: GateReview; decision: 'approved' | 'rejected' };

/** 待审批: the unit's projects that miss the intake criteria, approved or rejected by a unit head with a note. */
export function GateReviewsView() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [tab, setTab] = useState<'pending' | 'decided'>('pending');
  const reviews = useGateReviews(tab === 'pending' ? 'pending' : undefined);
  const decide = useDecideReview();
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const rows = (reviews.data ?? []).filter((r) =>
    tab === 'pending' ? r.status === 'pending' : r.status !== 'pending',
  );

  const submit = ({ note }: { note?: string }) => {
    if (!deciding) return;
    decide.mutate(
      { id: deciding.review.id, decision: { decision: deciding.decision, note: note?.trim() ?? '' } },
      {
        onSuccess: () => {
          message.success(deciding.decision === 'approved' ? t('gate.approvedDone') : t('gate.rejectedDone'));
          setDeciding(null);
        },
        onError: (e) => message.error(describeError(e, t)),
      },
    );
  };

  return (
    <Card title={t('gate.reviewsTitle')}>
      <Typography.Paragraph type="secondary">{t('gate.reviewsIntro')}</Typography.Paragraph>
      <Segmented
        value={tab}
        onChange={(v) => setTab(v as 'pending' | 'decided')}
        options={[
          { value: 'pending', label: t('gate.pending') },
          { value: 'decided', label: t('gate.decided') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Table<GateReview>
        rowKey="id"
        size="small"
        loading={reviews.isPending}
        dataSource={rows}
        locale={{ emptyText: t('gate.empty') }}
        columns={[
          {
            title: t('gate.project'),
            key: 'project',
            render: (_, r) => <Link to={`/projects/${r.project.id}`}>{r.project.name}</Link>,
          },
          { title: t('gate.agreed'), key: 'agreed', render: (_, r) => <AmountText wan={r.project.agreedWan} unit /> },
          { title: t('gate.unit'), key: 'unit', render: (_, r) => r.unit.name },
          {
            title: t('gate.reasons'),
            key: 'reasons',
            render: (_, r) => r.reasons.map((x) => <Tag key={x}>{GATE_REASON_LABELS[x][lang]}</Tag>),
          },
          { title: t('gate.requestedBy'), key: 'by', render: (_, r) => r.requestedBy ?? '—' },
          { title: t('gate.requestedAt'), key: 'at', render: (_, r) => formatDateTime(r.createdAt) },
          tab === 'pending'
            ? {
                title: t('common.actions'),
                key: 'actions',
                render: (_, r) =>
                  mayOnRecord(me, 'gate.decide', { unitId: r.unit.id }) ? (
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDeciding({ review: r, decision: 'approved' })}
                      >
                        {t('gate.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => setDeciding({ review: r, decision: 'rejected' })}>
                        {t('gate.reject')}
                      </Button>
                    </Space>
                  ) : null,
              }
            : {
                title: t('gate.status'),
                key: 'status',
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <Tag color={r.status === 'approved' ? 'green' : 'red'}>{GATE_STATUS_LABELS[r.status][lang]}</Tag>
                    <Typography.Text type="secondary">
                      {r.decidedBy ?? ''} {r.note ?? ''}
                    </Typography.Text>
                  </Space>
                ),
              },
        ]}
      />
      <Modal
        open={deciding !== null}
        title={
          deciding
            ? t(deciding.decision === 'approved' ? 'gate.approveTitle' : 'gate.rejectTitle', {
                project: deciding.review.project.name,
              })
            : ''
        }
        okText={deciding?.decision === 'rejected' ? t('gate.reject') : t('gate.approve')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setDeciding(null)}
        confirmLoading={decide.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
          <Form.Item
            name="note"
            label={t('gate.decisionNote')}
            rules={[
              { required: deciding?.decision === 'rejected', whitespace: true, message: t('gate.noteRequired') },
              { max: 1000 },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
