import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AntdProvider } from './components/antd-provider.tsx';
import './global.css';
import { I18nProvider } from './i18n/i18n-context.tsx';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntdProvider>
          <RouterProvider router={router} />
        </AntdProvider>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
