import { PlusOutlined } from '@ant-design/icons';
import { CALENDAR_DAY_KIND_LABELS, CALENDAR_DAY_KINDS, type CalendarDayKind, shanghaiDate } from '@zhaoshang/shared';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { CalendarDay } from '../api.ts';
import { useAddCalendarDay, useCalendarYear, useRemoveCalendarDay } from '../api.ts';
import { calendarYears, canEditCalendar, holidayName, weekdayLabel } from '../calendar-format.ts';

type AddValues = { date: Dayjs; kind: CalendarDayKind; name: string };

/** A year's holidays and make-up working days, as the lead clocks count them; the office keeps them. */
export function CalendarDays() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const user = useSessionUser();
  const canEdit = canEditCalendar(user.role);
  const thisYear = Number(shanghaiDate().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const add = useAddCalendarDay();
  const remove = useRemoveCalendarDay();
  const [form] = Form.useForm<AddValues>();

  const onAdd = (values: AddValues) => {
    const date = values.date.format('YYYY-MM-DD');
    add.mutate(
      { date, kind: values.kind, name: values.name },
      {
        onSuccess: () => {
          message.success(t('calendar.added', { date }));
          form.resetFields(['date']);
        },
        onError: (error) => showError(error, { form, fields: ['date', 'kind', 'name'] }),
      },
    );
  };

  const columns: TableColumnsType<CalendarDay> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 130 },
    { title: t('calendar.weekday'), key: 'weekday', width: 90, render: (_, d) => weekdayLabel(d.date, lang) },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (kind: CalendarDayKind) => (
        <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{CALENDAR_DAY_KIND_LABELS[kind][lang]}</Tag>
      ),
    },
    { title: t('calendar.name'), dataIndex: 'name', render: (name: string) => holidayName(name, lang) },
    {
      title: t('calendar.source'),
      dataIndex: 'source',
      width: 120,
      render: (source: CalendarDay['source']) => t(`calendar.source.${source}`),
    },
  ];
  if (canEdit)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, d) => (
        <Popconfirm
          title={t('calendar.removeConfirm', { date: d.date })}
          onConfirm={() =>
            remove.mutateAsync(d.date).then(
              () => void message.success(t('calendar.removed', { date: d.date })),
              (error) => showError(error),
            )
          }
        >
          <Button type="link" danger size="small">
            {t('calendar.remove')}
          </Button>
        </Popconfirm>
      ),
    });

  const days = calendar.data?.days ?? [];
  return (
    <Card title={t('calendar.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('calendar.intro')}
        </Typography.Paragraph>
        <Space wrap>
          <span>{t('calendar.year')}</span>
          <Select
            aria-label={t('calendar.year')}
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            options={calendarYears(thisYear).map((y) => ({ value: y, label: String(y) }))}
          />
          {calendar.data ? (
            <Typography.Text>
              {t('calendar.summary', {
                holidays: days.filter((d) => d.kind === 'holiday').length,
                workdays: days.filter((d) => d.kind === 'workday').length,
              })}
            </Typography.Text>
          ) : null}
        </Space>
        {calendar.data ? (
          <Alert
            type={calendar.data.seededFrom ? 'info' : 'warning'}
            showIcon
            title={
              calendar.data.seededFrom
                ? t('calendar.seededFrom', { year, source: calendar.data.seededFrom })
                : t('calendar.notCovered', { year })
            }
          />
        ) : null}
        {canEdit ? (
          <Form form={form} layout="inline" onFinish={onAdd} initialValues={{ kind: 'holiday' }}>
            <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: '' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.kind')} extra={t('calendar.workdayHint')}>
              <Select
                style={{ width: 150 }}
                options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: CALENDAR_DAY_KIND_LABELS[k][lang] }))}
              />
            </Form.Item>
            <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, message: '' }]}>
              <Input placeholder={t('calendar.namePlaceholder')} maxLength={100} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
                {t('calendar.add')}
              </Button>
            </Form.Item>
          </Form>
        ) : null}
        {calendar.error ? <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
        <Table<CalendarDay>
          rowKey="date"
          size="small"
          loading={calendar.isLoading}
          columns={columns}
          dataSource={days}
          pagination={false}
          locale={{ emptyText: t('calendar.empty') }}
        />
      </Space>
    </Card>
  );
}
