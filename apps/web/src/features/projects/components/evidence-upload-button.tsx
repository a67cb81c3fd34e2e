import { UploadOutlined } from '@ant-design/icons';
import type { ProjectStage } from '@zhaoshang/shared';
import { App, Button, Upload } from 'antd';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUploadEvidence } from '../api.ts';
import { evidenceFileProblem, MAX_EVIDENCE_BYTES } from '../evidence-rules.ts';

/** Uploads one file as evidence of a stage; size and name are checked here, the type by the server (by content). */
export function EvidenceUploadButton({
  projectId,
  stage,
  onUploaded,
}: {
  projectId: number;
  stage: ProjectStage;
  onUploaded?: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadEvidence(projectId);
  const showError = useErrorToast();

  const choose = (file: File) => {
    const problem = evidenceFileProblem(file);
    if (problem) {
      const vars = { name: file.name, size: (file.size / 1048576).toFixed(1), limit: MAX_EVIDENCE_BYTES / 1048576 };
      message.error(t(`project.evidence.problem.${problem}`, vars));
      return false;
    }
    upload.mutate(
      { stage, file },
      {
        onSuccess: () => {
          message.success(t('project.evidence.uploaded', { name: file.name }));
          onUploaded?.();
        },
        onError: (error) => showError(error),
      },
    );
    // The request is ours (raw body), never the Upload component's.
    return false;
  };

  return (
    // Sits in a collapse header: a click here opens the file dialog, not the panel.
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: only stops the click bubbling to the header
    <span onClick={(e) => e.stopPropagation()}>
      <Upload accept={EVIDENCE_ACCEPT} multiple={false} showUploadList={false} beforeUpload={choose}>
        <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
          {t('project.evidence.upload')}
        </Button>
      </Upload>
    </span>
  );
}

const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.ppt,.pptx';
