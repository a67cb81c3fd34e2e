import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  CalendarOutlined,
  CheckCircleOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DollarOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FilterOutlined,
  FlagOutlined,
  HistoryOutlined,
  LineChartOutlined,
  NotificationOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps, Tag } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { type Area, areaForPath, visibleAreas } from '../areas.ts';

const ICONS: Record<string, ReactNode> = {
  home: <DashboardOutlined />,
  companies: <BankOutlined />,
  leads: <BulbOutlined />,
  filings: <FileProtectOutlined />,
  projects: <ProjectOutlined />,
  'major-projects': <FlagOutlined />,
  events: <CalendarOutlined />,
  chains: <ClusterOutlined />,
  resources: <ShopOutlined />,
  catalogue: <ShopOutlined />,
  sites: <EnvironmentOutlined />,
  bulletins: <NotificationOutlined />,
  'project-work': <ScheduleOutlined />,
  reviews: <HistoryOutlined />,
  blockers: <AlertOutlined />,
  meetings: <TeamOutlined />,
  'gate-reviews': <CheckCircleOutlined />,
  'intake-criteria': <FilterOutlined />,
  assessment: <TrophyOutlined />,
  scheme: <SettingOutlined />,
  'foreign-capital': <DollarOutlined />,
  visits: <EnvironmentOutlined />,
  'data-quality': <SafetyCertificateOutlined />,
  dashboard: <LineChartOutlined />,
  org: <ApartmentOutlined />,
  'org-units': <TeamOutlined />,
  'org-users': <UserOutlined />,
  rotations: <SwapOutlined />,
  audit: <AuditOutlined />,
};

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu: the areas this user's role may open, in the product's order. */
export function NavMenu() {
  const { t } = useI18n();
  const user = useSessionUser();
  const { pathname } = useLocation();

  const toItem = (area: Area): MenuItem => {
    const text = area.comingSoon ? (
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
        {/* Its own element, so the area's name can be found as exact text. */}
        <span>{t(area.labelKey)}</span>
        <Tag
          color="blue"
          variant="outlined"
          style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px', paddingInline: 4 }}
        >
          {t('nav.comingSoon')}
        </Tag>
      </span>
    ) : (
      t(area.labelKey)
    );
    return {
      key: area.key,
      icon: ICONS[area.key] ?? <AimOutlined />,
      label: area.path ? <Link to={area.path}>{text}</Link> : text,
      children: area.children?.map(toItem),
    };
  };

  const areas = visibleAreas(user.role);
  const items = areas.map(toItem);
  const current = areaForPath(pathname);
  // The group of the page being shown opens by itself; the others stay as the user left them.
  const group = areas.find((a) => a.children?.some((c) => c.key === current?.key))?.key;
  const [openKeys, setOpenKeys] = useState<string[]>(group ? [group] : []);
  useEffect(() => {
    if (group) setOpenKeys((keys) => (keys.includes(group) ? keys : [...keys, group]));
  }, [group]);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={current ? [current.key] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
    />
  );
}
