import { SITE_KIND_LABELS, SITE_KINDS, SITE_USE_LABELS, SITE_USES } from '@zhaoshang/shared';
import { Button, Card, Col, Empty, Form, Input, InputNumber, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ChainPick } from '../../chains/chain-picker.ts';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { type MatchInput, useMatchSites } from '../api.ts';
import { areaText } from './sites-home.tsx';

const FIT_COLORS = { fits: 'green', short: 'orange', unknown: 'default' } as const;
const FIELDS = ['areaMu', 'powerKva', 'chain', 'chainId', 'budgetWan', 'kind', 'use', 'leadId', 'projectId'] as const;
const NUMBER = /^\d+(\.\d{1,4})?$/;

type Values = {
  areaMu?: string;
  powerKva?: string;
  chain?: string;
  pick?: ChainPick;
  budgetWan?: string;
  kind?: MatchInput['kind'];
  use?: MatchInput['use'];
  leadId?: number;
  projectId?: number;
};

/** Site matching: the needs of a lead or project in, the available sites ranked with their reasons out. */
export function MatchPanel() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const match = useMatchSites();
  const toast = useErrorToast();
  const submit = (v: Values) => {
    const body: MatchInput = {};
    if (v.areaMu) body.areaMu = v.areaMu;
    if (v.powerKva) body.powerKva = v.powerKva;
    if (v.chain?.trim()) body.chain = v.chain.trim();
    if (v.pick?.chainId) body.chainId = v.pick.chainId;
    if (v.budgetWan) body.budgetWan = v.budgetWan;
    if (v.kind) body.kind = v.kind;
    if (v.use) body.use = v.use;
    if (v.leadId) body.leadId = v.leadId;
    if (v.projectId) body.projectId = v.projectId;
    match.mutate(body, { onError: (error) => toast(error, { form, fields: FIELDS }) });
  };
  const numberRule = { pattern: NUMBER, message: t('catalogue.amountRule') };
  return (
    <Row gutter={16}>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('sites.match.needs')}>
          <Form<Values> form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="areaMu" label={t('sites.match.area')} rules={[numberRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item
              name="powerKva"
              label={t('sites.match.power')}
              rules={[{ pattern: /^\d+$/, message: t('catalogue.amountRule') }]}
            >
              <Input inputMode="numeric" />
            </Form.Item>
            <Form.Item name="pick" label={t('sites.match.chainPick')}>
              <ChainPicker />
            </Form.Item>
            <Form.Item
              name="chain"
              label={t('sites.match.chain')}
              rules={[{ max: 100 }]}
              extra={t('sites.match.chainText')}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="budgetWan" label={t('sites.match.budget')} rules={[numberRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="kind" label={t('sites.kind')}>
              <Select allowClear options={SITE_KINDS.map((k) => ({ value: k, label: SITE_KIND_LABELS[k][lang] }))} />
            </Form.Item>
            <Form.Item name="use" label={t('sites.use')}>
              <Select allowClear options={SITE_USES.map((u) => ({ value: u, label: SITE_USE_LABELS[u][lang] }))} />
            </Form.Item>
            <Form.Item name="projectId" label={t('sites.match.projectId')} extra={t('sites.match.fromRecord')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="leadId" label={t('sites.match.leadId')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={match.isPending}>
              {t('sites.match.run')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card size="small" title={t('sites.match.results')}>
          {!match.data ? (
            <Empty description={t('sites.match.hint')} />
          ) : (
            <List
              dataSource={match.data.items}
              locale={{ emptyText: t('sites.match.none') }}
              renderItem={(item, i) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <Typography.Text strong>
                          {i + 1}. {item.site.name}
                        </Typography.Text>
                        <Tag color="blue">{t('sites.match.score', { score: item.score })}</Tag>
                        <Typography.Text type="secondary">
                          {SITE_KIND_LABELS[item.site.kind][lang]} · {item.site.ownerUnit.name} ·{' '}
                          {areaText(item.site, t)}
                        </Typography.Text>
                        {item.site.stale && <Tag color="red">{t('sites.stale')}</Tag>}
                      </Space>
                    }
                    description={
                      <Space direction="vertical" size={2}>
                        {item.reasons.map((r) => (
                          <span key={r.criterion}>
                            <Tag color={FIT_COLORS[r.fit]}>{t(`sites.match.fit.${r.fit}`)}</Tag>
                            <Typography.Text>{r.text}</Typography.Text>
                          </span>
                        ))}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
