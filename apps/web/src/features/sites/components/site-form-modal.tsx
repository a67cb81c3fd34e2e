import {
  SITE_KIND_LABELS,
  SITE_KINDS,
  SITE_STATUS_LABELS,
  SITE_STATUSES,
  SITE_USE_LABELS,
  SITE_USES,
} from '@zhaoshang/shared';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type Site, useSaveSite } from '../api.ts';
import { SITE_AMOUNT, SITE_FORM_FIELDS, type SiteFormValues, siteFormValuesOf, siteInputOf } from '../site-form.ts';

/**
 * Records or edits a parcel, standard factory or building. A unit's clerk records for their own
 * unit (preset, the server refuses another); the office picks the owner.
 */
export function SiteFormModal({ site, onClose }: { site?: Site; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [form] = Form.useForm<SiteFormValues>();
  const units = useUnitOptions(site?.ownerUnit.id);
  const save = useSaveSite();
  const handleError = useListChangeError();
  const kind = Form.useWatch('kind', form);
  const submit = (values: SiteFormValues) =>
    save.mutate(
      { id: site?.id, version: site?.version, input: siteInputOf(values) },
      {
        onSuccess: () => {
          message.success(t('sites.saved', { name: values.name.trim() }));
          onClose();
        },
        onError: (error) => {
          if (handleError(error, { form, fields: SITE_FORM_FIELDS })) onClose();
        },
      },
    );
  const amountRule = { pattern: SITE_AMOUNT, message: t('catalogue.amountRule') };
  return (
    <Modal
      open
      title={t(site ? 'sites.edit' : 'sites.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={760}
    >
      <Form<SiteFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={siteFormValuesOf(site, me.role === 'office' ? undefined : me.unit.id)}
        onFinish={submit}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="kind" label={t('sites.kind')} rules={[{ required: true }]}>
              <Select options={SITE_KINDS.map((k) => ({ value: k, label: SITE_KIND_LABELS[k][lang] }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('sites.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ownerUnitId" label={t('sites.owner')} rules={[{ required: true }]}>
              <Select<number>
                showSearch={{ optionFilterProp: 'label' }}
                loading={units.loading}
                options={units.options}
                disabled={me.role !== 'office'}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="zone" label={t('sites.zone')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="use" label={t('sites.use')} rules={[{ required: true }]}>
              <Select options={SITE_USES.map((u) => ({ value: u, label: SITE_USE_LABELS[u][lang] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t('sites.status')}>
              <Select options={SITE_STATUSES.map((s) => ({ value: s, label: SITE_STATUS_LABELS[s][lang] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="chain" label={t('sites.chain')} rules={[{ max: 100 }]} extra={t('sites.form.chainText')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="pick" label={t('sites.form.chainPick')}>
              <ChainPicker />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="areaMu"
              label={t('sites.form.areaMu')}
              rules={[amountRule, { required: kind === 'parcel', message: t('sites.form.areaRequired') }]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="floorAreaM2" label={t('sites.form.floorArea')} rules={[amountRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="priceWanPerMu" label={t('sites.price')} rules={[amountRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="powerKva"
              label={t('sites.power')}
              rules={[{ pattern: /^\d+$/, message: t('catalogue.amountRule') }]}
            >
              <Input inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="notes" label={t('sites.notes')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
