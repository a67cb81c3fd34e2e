import { AMOUNT_PROBLEM_LABELS, parseWan } from '@zhaoshang/shared';
import { App, Button, Card, Descriptions, Form, Input, Space, Switch, Table, Typography } from 'antd';
import { describeError } from '../../../components/api-errors.ts';
import { formatDateTime } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { AmountText } from '../../projects/components/amount-text.tsx';
import { type IntakeCriteria, useIntakeCriteria, useSetIntakeCriteria } from '../api.ts';

type Values = { minAgreedWan?: string; chainFitRequired: boolean; note?: string };

/** 项目引进标准: the criteria in force, their versions, and (for the office) a form to publish a new one. */
export function CriteriaView() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const criteria = useIntakeCriteria();
  const save = useSetIntakeCriteria();
  const [form] = Form.useForm<Values>();
  const canSet = may(me, 'gate.criteria');
  const current = criteria.data?.current ?? null;
  const minimum = (c: IntakeCriteria) =>
    c.minAgreedWan === null ? t('gate.noMinimum') : <AmountText wan={c.minAgreedWan} unit />;
  const yesNo = (v: boolean) => (v ? t('gate.yes') : t('gate.no'));

  const submit = (v: Values) =>
    save.mutate(
      {
        minAgreedWan: v.minAgreedWan?.trim() || null,
        chainFitRequired: v.chainFitRequired,
        note: v.note?.trim() || null,
      },
      {
        onSuccess: (r) => message.success(t('gate.published', { version: r.version })),
        onError: (e) => message.error(describeError(e, t)),
      },
    );

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('gate.criteriaTitle')} loading={criteria.isPending}>
        <Typography.Paragraph type="secondary">{t('gate.criteriaIntro')}</Typography.Paragraph>
        {current ? (
          <Descriptions
            title={t('gate.current', { version: current.version })}
            size="small"
            bordered
            column={1}
            items={[
              { key: 'min', label: t('gate.minAgreed'), children: minimum(current) },
              { key: 'fit', label: t('gate.chainFitRequired'), children: yesNo(current.chainFitRequired) },
              { key: 'note', label: t('gate.note'), children: current.note ?? '—' },
            ]}
          />
        ) : (
          <Typography.Text data-testid="no-criteria">{t('gate.none')}</Typography.Text>
        )}
      </Card>
      {canSet ? (
        <Card title={t('gate.publish')}>
          <Form<Values>
            form={form}
            layout="vertical"
            style={{ maxWidth: 480 }}
            initialValues={{
              minAgreedWan: current?.minAgreedWan ?? '',
              chainFitRequired: current?.chainFitRequired ?? false,
            }}
            onFinish={submit}
          >
            <Form.Item
              name="minAgreedWan"
              label={t('gate.minAgreed')}
              extra={t('gate.minAgreedHint')}
              rules={[
                {
                  validator: async (_, raw?: string) => {
                    if (!raw?.trim()) return;
                    const parsed = parseWan(raw.trim());
                    if ('problem' in parsed) throw new Error(AMOUNT_PROBLEM_LABELS[parsed.problem][lang]);
                  },
                },
              ]}
            >
              <Input inputMode="decimal" suffix={t('project.wanUnit')} />
            </Form.Item>
            <Form.Item name="chainFitRequired" label={t('gate.chainFitRequired')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="note" label={t('gate.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('gate.publish')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Card title={t('gate.history')}>
        <Table<IntakeCriteria>
          rowKey="version"
          size="small"
          pagination={false}
          dataSource={criteria.data?.history ?? []}
          columns={[
            { title: t('gate.version'), dataIndex: 'version' },
            { title: t('gate.minAgreed'), key: 'min', render: (_, c) => minimum(c) },
            { title: t('gate.chainFitRequired'), key: 'fit', render: (_, c) => yesNo(c.chainFitRequired) },
            { title: t('gate.note'), key: 'note', render: (_, c) => c.note ?? '—' },
            { title: t('gate.setBy'), key: 'by', render: (_, c) => c.setBy ?? '—' },
            { title: t('gate.setAt'), key: 'at', render: (_, c) => formatDateTime(c.setAt) },
          ]}
        />
      </Card>
    </Space>
  );
}
