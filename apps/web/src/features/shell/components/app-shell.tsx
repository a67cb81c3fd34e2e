import { BankOutlined } from '@ant-design/icons';
import { Button, Layout, Result } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { FullPageSpinner } from '../../../components/full-page-spinner.tsx';
import '../../../i18n/feature-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { RequireSession } from '../../auth/components/require-session.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { areaForPath, canOpen } from '../areas.ts';
import { NavMenu } from './nav-menu.tsx';
import { ShellHeader } from './shell-header.tsx';

/** A page the role may not open says so, instead of failing on the API's 403. */
function AreaGate() {
  const { t } = useI18n();
  const user = useSessionUser();
  const navigate = useNavigate();
  const area = areaForPath(useLocation().pathname);
  if (area && !canOpen(area, user.role)) {
    return (
      <Result
        status="403"
        title={t('error.forbiddenTitle')}
        subTitle={t('error.forbiddenPage')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    );
  }
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <Outlet />
    </Suspense>
  );
}

function Shell() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={264}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        // The menu stays in view while a long table scrolls.
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div
          style={{
            height: 64,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#fff',
            fontWeight: 600,
            fontSize: 16,
            letterSpacing: 1,
            whiteSpace: 'nowrap',
          }}
        >
          {collapsed ? <BankOutlined /> : t('app.shortName')}
        </div>
        <NavMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}>
          <ShellHeader />
        </Layout.Header>
        <Layout.Content style={{ margin: 24, minWidth: 0 }}>
          <AreaGate />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The signed-in frame of every page: side menu, header, and the current page. */
export function AppShell() {
  return (
    <RequireSession>
      <Shell />
    </RequireSession>
  );
}
