import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Conflict, Filing } from '../api.ts';
import { useDecideConflict, useFilings } from '../api.ts';
import { sharesAddUp } from '../filing-policy.ts';

type Values = {
  kind: 'assign' | 'joint' | 'reject';
  unitId?: number;
  /** The joint split: a percent per party (unit id → share). */
  shares?: Record<string, number | null>;
  reason: string;
};

/** The parties of a conflict: every unit holding the group (one, or all of a joint set) and the claimant. */
export function partiesOf(conflict: Conflict): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const h of conflict.holders) seen.set(h.unit.id, h.unit.name);
  if (seen.size === 0) seen.set(conflict.holderUnit.id, conflict.holderUnit.name);
  seen.set(conflict.claimantUnit.id, conflict.claimantUnit.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

function UnitSide({
  title,
  unitName,
  filings,
  project,
}: {
  title: string;
  unitName: string;
  filings: Filing[];
  project?: string | null;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {unitName}
      </Typography.Title>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('conflict.filings')}>
          {filings.length === 0 ? (
            <Typography.Text type="secondary">{t('conflict.noFiling')}</Typography.Text>
          ) : (
            <Space orientation="vertical" size={2}>
              {filings.map((f) => (
                <span key={f.id}>
                  {f.startsOn} ~ {f.expiresOn} <Tag>{t(`filing.status.${f.status}`)}</Tag>
                  {f.projectName ? <Typography.Text type="secondary">{f.projectName}</Typography.Text> : null}
                </span>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        {project !== undefined ? (
          <Descriptions.Item label={t('conflict.claimantProject')}>{project || '—'}</Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

/** The office's view of a conflict: every holder and the claimant side by side, and the decision. */
export function ConflictDrawer({ conflict, onClose }: { conflict?: Conflict; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const decide = useDecideConflict();
  const showError = useErrorToast();
  const filings = useFilings({ companyId: conflict?.company.id }, conflict !== undefined);
  const of = (unitId?: number) => (filings.data ?? []).filter((f) => f.unit.id === unitId);
  const parties = conflict ? partiesOf(conflict) : [];
  const holderUnits = parties.filter((p) => p.id !== conflict?.claimantUnit.id);

  const submit = (values: Values) => {
    if (!conflict) return;
    const reason = values.reason.trim();
    const decision =
      values.kind === 'assign'
        ? { kind: 'assign' as const, unitId: values.unitId ?? parties[0]!.id, reason }
        : values.kind === 'joint'
          ? {
              kind: 'joint' as const,
              shares: parties.map((p) => ({ unitId: p.id, percent: values.shares?.[String(p.id)] ?? 0 })),
              reason,
            }
          : { kind: 'reject' as const, reason };
    decide.mutate(
      { id: conflict.id, decision },
      {
        onSuccess: () => {
          message.success(t('conflict.decided'));
          onClose();
        },
        onError: (error) => showError(error, { form, fields: ['reason', 'unitId'] }),
      },
    );
  };

  const units = parties.map((p) => ({ value: p.id, label: p.name }));
  const shareFields = parties.map((p) => ['shares', String(p.id)]);
  const sumRule = {
    validator: async () => {
      if (!sharesAddUp(parties.map((p) => form.getFieldValue(['shares', String(p.id)]))))
        throw new Error(t('conflict.sharesSum'));
    },
  };

  return (
    <Drawer
      open={conflict !== undefined}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={conflict ? t('conflict.drawerTitle', { company: conflict.company.name }) : null}
      extra={
        <Button type="primary" loading={decide.isPending} onClick={() => form.submit()}>
          {t('conflict.submit')}
        </Button>
      }
    >
      {conflict ? (
        <>
          <Row gutter={16} style={{ marginBottom: 24 }}>
            <Col span={12}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {holderUnits.map((h) => (
                  <UnitSide key={h.id} title={t('conflict.holder')} unitName={h.name} filings={of(h.id)} />
                ))}
              </Space>
            </Col>
            <Col span={12}>
              <UnitSide
                title={t('conflict.claimant')}
                unitName={conflict.claimantUnit.name}
                filings={of(conflict.claimantUnit.id)}
                project={conflict.projectName}
              />
            </Col>
          </Row>
          <Form<Values>
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ kind: 'assign' }}
            onFinish={submit}
          >
            <Form.Item name="kind" label={t('conflict.decision')}>
              <Radio.Group
                optionType="button"
                options={(['assign', 'joint', 'reject'] as const).map((k) => ({ value: k, label: t(`conflict.${k}`) }))}
              />
            </Form.Item>
            {kind === 'assign' || kind === undefined ? (
              <Form.Item
                name="unitId"
                label={t('conflict.assignTo')}
                rules={[{ required: true, message: t('conflict.assignToRequired') }]}
              >
                <Radio.Group options={units} />
              </Form.Item>
            ) : null}
            {kind === 'joint' ? (
              <Space size="large" align="start" wrap>
                {parties.map((p) => (
                  <Form.Item
                    key={p.id}
                    name={['shares', String(p.id)]}
                    label={t('conflict.shareOf', { unit: p.name })}
                    dependencies={shareFields.filter((f) => f[1] !== String(p.id))}
                    rules={[sumRule]}
                  >
                    <InputNumber<number> min={0.01} max={100} step={1} precision={2} style={{ width: 140 }} />
                  </Form.Item>
                ))}
              </Space>
            ) : null}
            <Form.Item
              name="reason"
              label={t('conflict.reason')}
              rules={[{ required: true, whitespace: true, message: t('conflict.reasonRequired') }, { max: 1000 }]}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Drawer>
  );
}
