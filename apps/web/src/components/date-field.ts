import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from './format.ts';

/** Form.Item props for a DatePicker whose form value stays a 'YYYY-MM-DD' string (or null when cleared). */
export const dateField = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (day: Dayjs | null) => (day ? day.format(DATE_FORMAT) : null),
};
