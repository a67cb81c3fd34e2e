import { Alert, Checkbox, Spin, Typography } from 'antd';
import { describeError, validationIssues } from '../../../components/api-errors.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MatchResult } from '../api.ts';

export type MatchState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'failed'; error: unknown }
  | { status: 'done'; result: MatchResult };

/**
 * What the registry already holds under the name being typed: the same company (saving
 * is refused), similar ones (the clerk must confirm it is another company) or nothing.
 */
export function CompanyMatchAlert({
  match,
  confirmed,
  onConfirm,
}: {
  match: MatchState;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  const { t, tMaybe } = useI18n();
  const style = { marginBottom: 16 };
  if (match.status === 'idle') return null;
  if (match.status === 'checking') {
    return (
      <Typography.Paragraph type="secondary" style={style}>
        <Spin size="small" /> {t('company.match.checking')}
      </Typography.Paragraph>
    );
  }
  if (match.status === 'failed') {
    // A refused check names its reason in the first issue (e.g. a wrong check character).
    const reason = validationIssues(match.error)[0]?.message ?? describeError(match.error, t);
    return <Alert type="warning" showIcon style={style} title={t('company.match.failed')} description={reason} />;
  }
  const { level, candidates } = match.result;
  if (level === 'none') {
    return (
      <Typography.Paragraph type="success" style={style} data-testid="company-match-none">
        {t('company.match.none')}
      </Typography.Paragraph>
    );
  }
  if (level === 'same') {
    const same = candidates.find((c) => c.level === 'same') ?? candidates[0];
    return (
      <Alert
        type="error"
        showIcon
        style={style}
        title={t('company.match.same', { name: same?.name ?? '', uscc: same?.uscc ?? t('company.match.noCode') })}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={style}
      title={t('company.match.similar')}
      description={
        <>
          <ul style={{ paddingInlineStart: 20, margin: '4px 0 8px' }}>
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                <Typography.Text strong>{candidate.name}</Typography.Text>
                {candidate.uscc ? <Typography.Text type="secondary">（{candidate.uscc}）</Typography.Text> : null}
                {' · '}
                {tMaybe(`company.reason.${candidate.reason}`) ?? candidate.reason}
              </li>
            ))}
          </ul>
          <Checkbox checked={confirmed} onChange={(e) => onConfirm(e.target.checked)}>
            {t('company.match.confirm')}
          </Checkbox>
        </>
      }
    />
  );
}
