import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Col, Modal, Result, Row, Space, Spin, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { uploadFile } from './api-client.ts';
import { describeError } from './api-errors.ts';

export type ImportError = { row: number; column: string; reason: string };

/** What every import endpoint answers, for a dry run and for the real run alike. */
export type ImportReport = {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Non-empty means nothing was written. */
  errors: ImportError[];
};

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;

/** Why a chosen file cannot be sent, checked before uploading. */
export function importFileProblem(file: { name: string; size: number }): 'type' | 'size' | 'empty' | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return null;
}

/** A header-only CSV with a byte-order mark, so that Excel reads it as UTF-8 and not GBK. */
export function templateCsv(columns: readonly string[]): string {
  return `\uFEFF${columns.join(',')}\r\n`;
}

function downloadTemplate(columns: readonly string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([templateCsv(columns)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ImportWizardProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The import endpoint under /api/v1, e.g. '/imports/leads'; it takes ?dryRun=true|false. */
  endpoint: string;
  templateColumns: readonly string[];
  templateFileName: string;
  /** Shown above a clean dry run, e.g. "confirm to write the leads". */
  readyText?: string;
  /** After a real run, to refresh the lists it changed. */
  onImported?: (report: ImportReport) => void;
};

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const counts = [
    ['import.rows', report.rows],
    ['import.created', report.created],
    ['import.updated', report.updated],
    ['import.unchanged', report.unchanged],
  ] as const;
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {counts.map(([key, value]) => (
          <Col span={6} key={key}>
            <Statistic title={t(key)} value={value} />
          </Col>
        ))}
      </Row>
      {report.errors.length > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('import.errorsTitle', { count: report.errors.length })}
            description={t('import.errorsNote')}
          />
          <Table<ImportError>
            rowKey={(error) => `${error.row}:${error.column}:${error.reason}`}
            size="small"
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 80 },
              { title: t('import.column'), dataIndex: 'column', width: 160 },
              { title: t('import.reason'), dataIndex: 'reason' },
            ]}
            dataSource={report.errors}
            pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          />
        </>
      ) : null}
    </>
  );
}

/**
 * Choose a file → dry run (nothing written; every problem listed by row and column) →
 * the real import, offered only for a file without errors. Generic over the endpoint
 * and its template, so every import in the product looks the same.
 */
export function ImportWizard({
  open,
  onClose,
  title,
  endpoint,
  templateColumns,
  templateFileName,
  readyText,
  onImported,
}: ImportWizardProps) {
  const { t } = useI18n();
  const run = useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadFile<ImportReport>(endpoint, { dryRun }, file),
  });
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
    const messages = {
      type: t('import.fileType', vars),
      size: t('import.fileSize', vars),
      empty: t('import.fileEmpty', vars),
    };
    setFileError(problem ? messages[problem] : undefined);
    setFile(problem ? undefined : chosen);
    run.reset();
    // Never let the Upload component send the file itself.
    return false;
  };

  const dryRun = () => file && run.mutate({ file, dryRun: true }, { onSuccess: setChecked });
  const confirm = () =>
    file &&
    run.mutate(
      { file, dryRun: false },
      {
        onSuccess: (report) => {
          setImported(report);
          onImported?.(report);
        },
      },
    );
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
      title={title}
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
              <Button
                type="link"
                icon={<DownloadOutlined />}
                onClick={() => downloadTemplate(templateColumns, templateFileName)}
                style={{ paddingInline: 0 }}
              >
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
              <Alert type="success" showIcon style={{ marginBottom: 16 }} title={readyText ?? t('import.ready')} />
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
