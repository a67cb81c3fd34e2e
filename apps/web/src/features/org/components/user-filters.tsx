import { ROLES, type Role } from '@zhaoshang/shared';
import { Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { USER_STATUSES, type UserStatus } from '../api.ts';
import { useUnitOptions } from '../hooks/use-unit-options.ts';

export type UserFilterValues = { q?: string; unitId?: number; role?: Role; status?: UserStatus };

/** Search, unit, role and status; each change goes straight to the server-paged list. */
export function UserFilters({
  values,
  onChange,
}: {
  values: UserFilterValues;
  onChange: (changes: Partial<UserFilterValues>) => void;
}) {
  const { t, roleLabel } = useI18n();
  const units = useUnitOptions(values.unitId);
  // The search box keeps its own text until Enter, so each keystroke is not a request.
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('org.searchUser')}
        aria-label={t('org.searchUser')}
        style={{ width: 260 }}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value === '') onChange({ q: undefined });
        }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('org.allUnits')}
        aria-label={t('org.unit')}
        style={{ width: 220 }}
        loading={units.loading}
        options={units.options}
        value={values.unitId}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Select<Role>
        allowClear
        placeholder={t('org.allRoles')}
        aria-label={t('org.role')}
        style={{ width: 170 }}
        options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
        value={values.role}
        onChange={(role) => onChange({ role })}
      />
      <Select<UserStatus>
        allowClear
        placeholder={t('org.allStatuses')}
        aria-label={t('common.status')}
        style={{ width: 140 }}
        options={USER_STATUSES.map((status) => ({ value: status, label: t(`org.userStatus.${status}`) }))}
        value={values.status}
        onChange={(status) => onChange({ status })}
      />
    </Space>
  );
}
