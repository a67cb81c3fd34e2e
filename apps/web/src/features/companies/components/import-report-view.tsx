import { Alert, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ImportError, ImportReport } from '../types.ts';

/** The counts of an import run and, when the file has problems, every one of them. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const columns: TableColumnsType<ImportError> = [
    { title: t('import.row'), dataIndex: 'row', width: 80 },
    { title: t('import.column'), dataIndex: 'column', width: 160 },
    { title: t('import.reason'), dataIndex: 'reason' },
  ];
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={t('import.rows')} value={report.rows} />
        </Col>
        <Col span={6}>
          <Statistic title={t('import.created')} value={report.created} />
        </Col>
        <Col span={6}>
          <Statistic title={t('import.updated')} value={report.updated} />
        </Col>
        <Col span={6}>
          <Statistic title={t('import.unchanged')} value={report.unchanged} />
        </Col>
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
            columns={columns}
            dataSource={report.errors}
            pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          />
        </>
      ) : null}
    </>
  );
}
