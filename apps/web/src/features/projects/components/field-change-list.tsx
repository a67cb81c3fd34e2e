import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Project } from '../api.ts';
import type { FieldChange } from '../history-changes.ts';
import { useChangeNames } from '../hooks/use-change-names.ts';

/** "字段：旧值 → 新值", one line per changed field, with field labels and readable values. */
export function FieldChangeList({ fields, project }: { fields: FieldChange[]; project?: Pick<Project, 'company'> }) {
  const { t } = useI18n();
  const names = useChangeNames(project);
  if (!fields.length) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {fields.map((f) => (
        <li key={f.field} style={{ overflowWrap: 'anywhere' }}>
          <Typography.Text type="secondary">
            {t('project.history.fieldLabel', { field: names.fieldLabel(f.field) })}
          </Typography.Text>
          <Typography.Text delete type="secondary">
            {names.value(f.field, f.before)}
          </Typography.Text>
          <ArrowRightOutlined style={{ margin: '0 6px', fontSize: 11, color: '#8c8c8c' }} />
          <Typography.Text>{names.value(f.field, f.after)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
