import { App, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
// antd's component styles as one static sheet (zero runtime): the first page paints without
// generating CSS for every component it mounts; the theme below still sets the colours (CSS variables).
import 'antd/dist/antd.css';
import { useI18n } from '../i18n/i18n-context.tsx';

// Chinese faces first so Hanzi never fall back to a narrow or serif face.
const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

/** antd's locale, theme and App context (message, modal) following the chosen language. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ zeroRuntime: true, token: { fontFamily: FONT_FAMILY, colorPrimary: '#1d5fbf' } }}
      // antd would print 登录 as "登 录"; buttons keep the words as written (and as tests look for them).
      button={{ autoInsertSpace: false }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
