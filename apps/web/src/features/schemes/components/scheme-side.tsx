import { type Scheme, type SchemeProblem, scoreFormula } from '@zhaoshang/shared';
import { Alert, Card, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSchemeProblemText } from '../hooks/use-scheme-problem-text.ts';

/** The scoring rule in words, rewritten as the director edits (blank numbers show as "?"). */
export function FormulaCard({ scheme }: { scheme: Scheme }) {
  const { t, lang } = useI18n();
  const text = scoreFormula(scheme, lang).replaceAll('NaN', '?');
  return (
    <Card size="small" title={t('scheme.formula.title')}>
      <Typography.Paragraph style={{ marginBottom: 0, lineHeight: 1.9 }} data-testid="score-formula">
        {text}
      </Typography.Paragraph>
    </Card>
  );
}

/** Every problem of the scheme as a list (the same ones stand under their fields). */
export function ProblemsList({ problems, fromServer }: { problems: readonly SchemeProblem[]; fromServer: boolean }) {
  const { t } = useI18n();
  const text = useSchemeProblemText();
  if (problems.length === 0) return <Alert type="success" showIcon title={t('scheme.valid')} />;
  return (
    <Alert
      type="error"
      showIcon
      title={
        fromServer
          ? t('scheme.problemsServer', { count: problems.length })
          : t('scheme.problems', { count: problems.length })
      }
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="scheme-problems">
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>{text(p.message)}</li>
          ))}
        </ul>
      }
    />
  );
}
