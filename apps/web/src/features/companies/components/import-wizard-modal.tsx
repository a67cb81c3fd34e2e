import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Space, Spin, Steps, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../../components/api-errors.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useImportCompanies } from '../api.ts';
import { IMPORT_EXTENSIONS, importFileProblem } from '../company-policy.ts';
import { downloadImportTemplate } from '../import-template.ts';
import type { ImportReport } from '../types.ts';
import { ImportReportView } from './import-report-view.tsx';

/**
 * Choose a file → dry run (nothing written; every problem listed) → the real import,
 * offered only for a file without errors.
 */
export function ImportWizardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const run = useImportCompanies();
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [checked, setChecked] = useState<ImportReport>();
  const [imported, setImported] = useState<ImportReport>();
  const { reset } = run;

  useEffect(() => {
    if (!open) return;
    setFile(undefined);
    setFileError(undefined);
    setChecked(undefined);
    setImported(undefined);
    reset();
  }, [open, reset]);

  const step = imported ? 2 : checked ? 1 : 0;

  const choose = (chosen: File) => {
    const problem = importFileProblem(chosen);
    const vars = { name: chosen.name, size: (chosen.size / 1048576).toFixed(1) };
    setFileError(
      problem === 'type'
        ? t('import.fileType', vars)
        : problem === 'size'
          ? t('import.fileSize', vars)
          : problem === 'empty'
            ? t('import.fileEmpty', vars)
            : undefined,
    );
    setFile(problem ? undefined : chosen);
    run.reset();
    // Never let the Upload component send the file itself.
    return false;
  };

  const dryRun = () => {
    if (file) run.mutate({ file, dryRun: true }, { onSuccess: setChecked });
  };
  const confirm = () => {
    if (file) run.mutate({ file, dryRun: false }, { onSuccess: setImported });
  };
  const chooseAgain = () => {
    setChecked(undefined);
    setFile(undefined);
    run.reset();
  };

  const footer =
    step === 0 ? (
      <Space>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!file} loading={run.isPending} onClick={dryRun}>
          {t('import.dryRun')}
        </Button>
      </Space>
    ) : step === 1 ? (
      <Space>
        <Button onClick={chooseAgain} disabled={run.isPending}>
          {t('import.chooseAgain')}
        </Button>
        {checked && checked.errors.length === 0 ? (
          <Button type="primary" loading={run.isPending} onClick={confirm}>
            {t('import.confirm')}
          </Button>
        ) : null}
      </Space>
    ) : (
      <Button type="primary" onClick={onClose}>
        {t('import.close')}
      </Button>
    );

  return (
    <Modal
      open={open}
      title={t('import.title')}
      footer={footer}
      onCancel={onClose}
      maskClosable={!run.isPending}
      closable={!run.isPending}
      destroyOnHidden
      width={760}
    >
      <Steps
        size="small"
        current={step}
        style={{ margin: '8px 0 24px' }}
        items={[{ title: t('import.stepChoose') }, { title: t('import.stepCheck') }, { title: t('import.stepDone') }]}
      />
      <Spin spinning={run.isPending} description={step === 0 ? t('import.checking') : t('import.importing')}>
        {run.error ? (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={describeError(run.error, t)} />
        ) : null}
        {step === 0 ? (
          <>
            <Upload.Dragger
              accept={IMPORT_EXTENSIONS.join(',')}
              multiple={false}
              maxCount={1}
              beforeUpload={choose}
              fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
              onRemove={() => setFile(undefined)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.dropHint')}</p>
            </Upload.Dragger>
            {fileError ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={fileError} /> : null}
            <Space style={{ marginTop: 12 }} wrap>
              <Button type="link" icon={<DownloadOutlined />} onClick={() => downloadImportTemplate(t('import.templateFile'))} style={{ paddingInline: 0 }}>
                {t('import.template')}
              </Button>
              <Typography.Text type="secondary">{t('import.dryRunHint')}</Typography.Text>
            </Space>
          </>
        ) : null}
        {step === 1 && checked ? (
          <>
            <Typography.Paragraph>
              <Typography.Text strong>{file?.name}</Typography.Text>
            </Typography.Paragraph>
            {checked.errors.length === 0 ? (
              <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('import.ready')} />
            ) : null}
            <ImportReportView report={checked} />
          </>
        ) : null}
        {step === 2 && imported ? (
          <Result
            status="success"
            title={t('import.done')}
            subTitle={t('import.doneSummary', {
              rows: imported.rows,
              created: imported.created,
              updated: imported.updated,
              unchanged: imported.unchanged,
            })}
          />
        ) : null}
      </Spin>
    </Modal>
  );
}
