import { DownloadOutlined, ImportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { chainsKey } from '../api.ts';
import { CHAIN_IMPORT_COLUMNS, TARGET_IMPORT_COLUMNS } from '../chain-import.ts';

/**
 * The chain page's spreadsheets: the map and its target enterprises, each exported by
 * anyone who reads the map and imported (dry run first) by the office.
 */
export function ChainsTransfer({ canImport }: { canImport: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [importing, setImporting] = useState<'chains' | 'targets' | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: chainsKey });
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} href="/api/v1/exports/chains">
        {t('chains.export')}
      </Button>
      {canImport && (
        <Button icon={<ImportOutlined />} onClick={() => setImporting('chains')}>
          {t('chains.import')}
        </Button>
      )}
      <Button icon={<DownloadOutlined />} href="/api/v1/exports/targets">
        {t('chains.exportTargets')}
      </Button>
      {canImport && (
        <Button icon={<ImportOutlined />} onClick={() => setImporting('targets')}>
          {t('chains.importTargets')}
        </Button>
      )}
      <ImportWizard
        open={importing === 'chains'}
        onClose={() => setImporting(null)}
        title={t('chains.import')}
        endpoint="/imports/chains"
        templateColumns={CHAIN_IMPORT_COLUMNS}
        templateFileName={t('chains.importTemplateFile')}
        readyText={t('chains.importReady')}
        onImported={refresh}
      />
      <ImportWizard
        open={importing === 'targets'}
        onClose={() => setImporting(null)}
        title={t('chains.importTargets')}
        endpoint="/imports/targets"
        templateColumns={TARGET_IMPORT_COLUMNS}
        templateFileName={t('chains.importTargetsTemplateFile')}
        readyText={t('chains.importTargetsReady')}
        onImported={refresh}
      />
    </Space>
  );
}
