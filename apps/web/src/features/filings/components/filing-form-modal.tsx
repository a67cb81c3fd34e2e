import { Button, Form, Input, Modal, Result } from 'antd';
import { useEffect, useState } from 'react';
import { CompanySearchSelect } from '../../../components/company-search-select.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickToApi } from '../../chains/chain-picker.ts';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { HostRecommendationPanel } from '../../chains/components/host-recommendation.tsx';
import type { FileResult } from '../api.ts';
import { useFileCompany } from '../api.ts';

type Values = {
  companyId: number;
  projectName?: string;
  notes?: string;
  chainPick?: { chainId?: number; segmentId?: number };
};
const FIELDS = ['companyId', 'projectName', 'notes', 'chainPick'] as const;

/**
 * Files a company for the user's unit. A competing filing is not an error: the server
 * opens a conflict for the office, and the form says so as a warning result.
 */
export function FilingFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const file = useFileCompany();
  const showError = useErrorToast();
  const [result, setResult] = useState<FileResult>();
  const pick = Form.useWatch('chainPick', form);

  useEffect(() => {
    if (open) setResult(undefined);
  }, [open]);

  const submit = (values: Values) =>
    file.mutate(
      {
        companyId: values.companyId,
        projectName: values.projectName?.trim() || null,
        notes: values.notes?.trim() || null,
        ...pickToApi(values.chainPick),
      },
      { onSuccess: setResult, onError: (error) => showError(error, { form, fields: FIELDS }) },
    );

  return (
    <Modal
      open={open}
      title={t('filing.file')}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      footer={
        result ? (
          <Button type="primary" onClick={onClose}>
            {t('filing.ok')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={file.isPending} onClick={() => form.submit()}>
              {t('filing.file')}
            </Button>
          </>
        )
      }
    >
      {result?.outcome === 'filed' ? (
        <Result status="success" title={t('filing.filed', { date: result.expiresOn })} />
      ) : result?.outcome === 'conflict' ? (
        <Result
          status="warning"
          title={t('filing.conflictTitle')}
          subTitle={t('filing.conflictText', {
            date: result.heldBy.expiresOn,
            units: [...new Set(result.holders.map((h) => h.unitName))].join('、'),
          })}
        />
      ) : (
        <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
          <Form.Item
            name="companyId"
            label={t('filing.company')}
            extra={t('lead.companyHint')}
            rules={[{ required: true, message: t('filing.companyRequired') }]}
          >
            <CompanySearchSelect />
          </Form.Item>
          <Form.Item name="chainPick" label={t('chains.pick.label')}>
            <ChainPicker />
          </Form.Item>
          {pick?.chainId ? (
            <Form.Item label={t('chains.recommendFor')}>
              <HostRecommendationPanel chainId={pick.chainId} segmentId={pick.segmentId} />
            </Form.Item>
          ) : null}
          <Form.Item name="projectName" label={t('filing.projectName')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="notes" label={t('filing.notes')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
