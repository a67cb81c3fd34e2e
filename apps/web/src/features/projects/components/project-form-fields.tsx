import { AMOUNT_PROBLEM_LABELS, checkUscc, parseWan, USCC_PROBLEM_LABELS } from '@zhaoshang/shared';
import { Col, Divider, Form, type FormInstance, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useChainMap } from '../../chains/api.ts';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { HostRecommendationPanel } from '../../chains/components/host-recommendation.tsx';
import { useUnits } from '../../org/api.ts';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import type { Project } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import type { ProjectFormValues } from '../project-form-values.ts';
import { InvestorField } from './investor-field.tsx';
import { StageDateFields } from './stage-date-fields.tsx';

/** Every field of a project, in the order a clerk fills the paper form. */
export function ProjectFormFields({
  form,
  project,
  today,
}: {
  form: FormInstance<ProjectFormValues>;
  project?: Project;
  today: string;
}) {
  const { t, lang } = useI18n();
  const labels = useProjectLabels();
  const units = useUnitOptions(project?.hostUnit.id);
  const allUnits = useUnits(true);
  // Push and nurture departments are departments and service centres (the server refuses any other kind).
  const departments = (allUnits.data ?? [])
    .filter((u) => (u.kind === 'department' || u.kind === 'service_center') && u.active)
    .map((u) => ({ value: u.id, label: u.name }));
  const status = Form.useWatch('status', form);
  const pick = Form.useWatch('chainPick', form);
  const host = Form.useWatch('hostUnitId', form);
  const fits = Form.useWatch('fitsPositioning', form);
  const { data: map } = useChainMap();
  const designated = pick?.chainId
    ? (map?.groups.flatMap((g) => g.chains).find((c) => c.id === pick.chainId)?.designatedUnitIds ?? []).includes(
        host ?? 0,
      )
    : undefined;
  // "Fits the positioning" follows the host unit's designated chains once the clerk picks a chain or host.
  useEffect(() => {
    if (designated === undefined) return;
    if (form.isFieldTouched('chainPick') || form.isFieldTouched('hostUnitId'))
      form.setFieldValue('fitsPositioning', designated);
  }, [designated, form]);

  const wanRule = (required: boolean): Rule[] => [
    ...(required ? [{ required: true, whitespace: true, message: t('project.amountRequired') }] : []),
    {
      validator: async (_, raw?: string | null) => {
        if (!raw?.trim()) return;
        const parsed = parseWan(raw);
        if ('problem' in parsed) throw new Error(AMOUNT_PROBLEM_LABELS[parsed.problem][lang]);
      },
    },
  ];
  const amount = (suffix: string) => <Input inputMode="decimal" suffix={suffix} />;

  return (
    <>
      <Divider titlePlacement="start">{t('project.form.basics')}</Divider>
      <Form.Item
        name="name"
        label={t('project.name')}
        rules={[{ required: true, whitespace: true, message: t('project.form.nameRequired') }, { max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="companyId" label={t('project.investor')} extra={t('project.form.investorHint')}>
            <InvestorField current={project?.company} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="investorType" label={t('project.investorType')}>
            <Select allowClear options={labels.investorTypeOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="hostUnitId"
            label={t('project.hostUnit')}
            rules={[{ required: true, message: t('project.form.hostRequired') }]}
          >
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              loading={units.loading}
              options={units.options}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="sourceUnitIds" label={t('project.sourceUnits')} extra={t('project.form.sourcesHint')}>
            <Select<number[]>
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={units.loading}
              options={units.options}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="chainPick"
            label={t('project.chain')}
            extra={project?.chain && !project.chainId ? `${t('project.chain')}：${project.chain}` : undefined}
          >
            <ChainPicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="fitsPositioning" label={t('project.fitsPositioning')} valuePropName="checked">
            <Switch checkedChildren={t('project.yes')} unCheckedChildren={t('project.no')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="fitsReason"
            label={t('project.fitsReason')}
            dependencies={['fitsPositioning', 'chainPick', 'hostUnitId']}
            rules={[
              { max: 500 },
              {
                required: designated !== undefined && fits !== undefined && fits !== designated,
                whitespace: true,
                message: t('chains.fitsReasonRequired'),
              },
            ]}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      {pick?.chainId && (
        <Form.Item label={t('chains.recommendFor')}>
          <HostRecommendationPanel chainId={pick.chainId} segmentId={pick.segmentId} />
        </Form.Item>
      )}

      <Divider titlePlacement="start">{t('project.form.amounts')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="agreedWan"
            label={t('project.agreed')}
            rules={wanRule(true)}
            extra={t('project.form.amountHint')}
          >
            {amount(t('project.wanUnit'))}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="investedWan" label={t('project.invested')} rules={wanRule(false)}>
            {amount(t('project.wanUnit'))}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="foreignUsdWan" label={t('project.foreign')} rules={wanRule(false)}>
            {amount(t('project.usdWanUnit'))}
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="expectedJobs" label={t('project.expectedJobs')}>
            <InputNumber<number> min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="expectedTaxWan" label={t('project.expectedTax')} rules={wanRule(false)}>
            {amount(t('project.wanUnit'))}
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('project.form.afterSigning')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="pushDepartmentUnitId" label={t('project.pushDepartment')} extra={t('project.form.pushHint')}>
            <Select<number>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={allUnits.isPending}
              options={departments}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="nurtureDepartmentUnitId"
            label={t('project.nurtureDepartment')}
            extra={t('project.form.nurtureHint')}
          >
            <Select<number>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={allUnits.isPending}
              options={departments}
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('project.form.stages')}</Divider>
      <StageDateFields form={form} today={today} />
      <Form.Item
        name="registeredUscc"
        label={t('project.registeredUscc')}
        extra={t('project.form.usccHint')}
        rules={[
          {
            validator: async (_, raw?: string | null) => {
              const problem = raw?.trim() ? checkUscc(raw) : null;
              if (problem) throw new Error(USCC_PROBLEM_LABELS[problem][lang]);
            },
          },
        ]}
      >
        <Input maxLength={30} style={{ maxWidth: 320 }} />
      </Form.Item>

      <Divider titlePlacement="start">{t('project.form.statusSection')}</Divider>
      <Form.Item name="status" label={t('common.status')}>
        <Radio.Group optionType="button" options={labels.statusOptions} />
      </Form.Item>
      {status && status !== 'active' ? (
        <Form.Item
          name="statusReason"
          label={status === 'terminated' ? t('project.form.terminationReason') : t('project.statusReason')}
          rules={[
            {
              required: status === 'terminated',
              whitespace: true,
              message: t('project.form.terminationReasonRequired'),
            },
            { max: 1000 },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      ) : null}
      <Form.Item name="notes" label={t('project.notes')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}
