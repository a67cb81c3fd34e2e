import { DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FIRST_YEAR } from './year.ts';

/** A year chooser from 2000 to `last` (this year, or next year for plans). */
export function YearPicker({ year, last, onChange }: { year: number; last: number; onChange: (year: number) => void }) {
  const { t } = useI18n();
  return (
    <Space size={6}>
      <Typography.Text>{t('scheme.year')}</Typography.Text>
      <DatePicker
        picker="year"
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        disabledDate={(d) => d.year() > last || d.year() < FIRST_YEAR}
        onChange={(d) => d && onChange(d.year())}
        aria-label={t('scheme.year')}
        style={{ width: 110 }}
      />
    </Space>
  );
}
