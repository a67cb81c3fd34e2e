import { COMPANY_TAGS, type CompanyTag, checkUscc, type InvestorType, normaliseUscc } from '@zhaoshang/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { CompanySearchSelect } from '../../../components/company-search-select.tsx';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type ChainPick, pickToApi } from '../../chains/chain-picker.ts';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { useCompanyMatch, useCreateCompany } from '../api.ts';
import { useCompanyLabels } from '../hooks/use-company-labels.ts';
import { CompanyMatchAlert, type MatchState } from './company-match-alert.tsx';

type Values = {
  name: string;
  uscc?: string;
  investorType?: InvestorType;
  countryRegion?: string;
  industryCode?: string;
  headquarters?: string;
  tags?: CompanyTag[];
  groupId?: number;
  chainPick?: ChainPick;
};

const FIELDS = [
  'name',
  'uscc',
  'investorType',
  'countryRegion',
  'industryCode',
  'headquarters',
  'tags',
  'groupId',
  'chainPick',
] as const;
const MATCH_DELAY_MS = 400;

const orNull = (value: string | undefined) => value?.trim() || null;

/** Adds a company, checking the registry for the same or similar ones while the name is typed. */
export function CompanyFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const labels = useCompanyLabels();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const [form] = Form.useForm<Values>();
  const create = useCreateCompany();
  const [confirmed, setConfirmed] = useState(false);

  const name = Form.useWatch('name', form)?.trim() ?? '';
  const rawUscc = Form.useWatch('uscc', form) ?? '';
  // A half-typed code is not sent: the server would refuse the whole check.
  const uscc = rawUscc.trim() && checkUscc(rawUscc) === null ? normaliseUscc(rawUscc) : '';
  const typed = JSON.stringify([name, uscc]);
  const debounced = useDebouncedValue(typed, MATCH_DELAY_MS);
  const [matchName, matchUscc] = JSON.parse(debounced) as [string, string];
  const matchQuery = useCompanyMatch({ name: matchName, uscc: matchUscc || undefined });

  const match: MatchState =
    name === ''
      ? { status: 'idle' }
      : debounced !== typed || matchQuery.isFetching
        ? { status: 'checking' }
        : matchQuery.error
          ? { status: 'failed', error: matchQuery.error }
          : matchQuery.data
            ? { status: 'done', result: matchQuery.data }
            : { status: 'checking' };
  const level = match.status === 'done' ? match.result.level : undefined;
  const candidateIds = match.status === 'done' ? match.result.candidates.map((c) => c.id).join() : '';

  // A confirmation holds for the candidates it was given for, not for the next ones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset exactly when the candidates change
  useEffect(() => setConfirmed(false), [candidateIds]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setConfirmed(false);
  }, [open, form]);

  const blocked = level === 'same' || (level === 'similar' && !confirmed) || match.status === 'checking';

  const submit = (values: Values) => {
    if (blocked) return;
    create.mutate(
      {
        name: values.name.trim(),
        uscc: values.uscc?.trim() ? normaliseUscc(values.uscc) : null,
        investorType: values.investorType ?? null,
        countryRegion: orNull(values.countryRegion),
        industryCode: values.industryCode ?? null,
        headquarters: orNull(values.headquarters),
        tags: values.tags ?? [],
        groupId: values.groupId ?? null,
        ...pickToApi(values.chainPick),
      },
      {
        onSuccess: (company) => {
          message.success(t('company.created', { name: company.name }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'DUPLICATE') {
            form.setFields([{ name: 'name', errors: [error.message] }]);
            return;
          }
          showError(error, { form, fields: FIELDS });
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('company.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ disabled: blocked }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
      width={640}
    >
      <CompanyMatchAlert match={match} confirmed={confirmed} onConfirm={setConfirmed} />
      <Form form={form} layout="vertical" onFinish={submit} disabled={create.isPending}>
        <Form.Item
          name="name"
          label={t('company.name')}
          rules={[{ required: true, whitespace: true, message: t('company.nameRequired') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="uscc"
          label={t('company.uscc')}
          extra={t('company.usccHint')}
          validateTrigger="onChange"
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const problem = value?.trim() ? checkUscc(value) : null;
                if (problem) throw new Error(labels.usccProblemLabel(problem));
              },
            },
          ]}
        >
          <Input maxLength={30} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="investorType" label={t('company.investorType')}>
          <Select allowClear options={labels.investorTypeOptions} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('company.industry')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('company.industryPlaceholder')}
            options={labels.industryOptions}
          />
        </Form.Item>
        <Form.Item name="chainPick" label={t('chains.pick.label')} extra={t('chains.pick.companyHint')}>
          <ChainPicker />
        </Form.Item>
        <Form.Item name="countryRegion" label={t('company.countryRegion')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="headquarters" label={t('company.headquarters')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="tags" label={t('company.tags')}>
          <Select
            mode="multiple"
            allowClear
            options={COMPANY_TAGS.map((tag) => ({ value: tag, label: t(`company.tag.${tag}`) }))}
          />
        </Form.Item>
        <Form.Item name="groupId" label={t('company.group')} extra={t('company.groupHint')}>
          <CompanySearchSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
