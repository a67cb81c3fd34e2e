import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { validateScheme } from '@zhaoshang/shared';
import {
  App,
  Button,
  Card,
  Col,
  ConfigProvider,
  Flex,
  Form,
  Row,
  Segmented,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { describeError, validationIssues } from '../../../components/api-errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { shanghaiToday } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useStaleSave } from '../../../components/stale-save.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { yearFromSearch } from '../../../components/year.ts';
import { YearPicker } from '../../../components/year-picker.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { SchemeKey, SchemeResponse, SchemeSave } from '../api.ts';
import { SCHEME_TABS, useSaveSchemeOf, useSchemeOf } from '../api.ts';
import { useSchemeProblemText } from '../hooks/use-scheme-problem-text.ts';
import {
  problemsByPath,
  type SchemeFormValues,
  type ShownSchemeProblem,
  toFormValues,
  toScheme,
} from '../scheme-form.ts';
import { FourNewTable } from './four-new-table.tsx';
import { GroupsCard } from './groups-card.tsx';
import { IndicatorsTable } from './indicators-table.tsx';
import { PointsCard } from './points-card.tsx';
import { FormulaCard, ProblemsList } from './scheme-side.tsx';

/**
 * 考核方案: the year's weighted indicators and floors, "four new" bonus points, penalties and
 * ranking groups, checked as the office types (the same rules and words as the server) with
 * the scoring rule rewritten live. Leaders read it; only the office saves.
 */
export function SchemeEditor() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const canEdit = may(me, 'scheme.manage');
  const thisYear = shanghaiToday().year();
  const [state, setState] = useSearchState(['year', 'scheme'] as const);
  // Next year's scheme may be prepared ahead.
  const year = yearFromSearch(state.year, thisYear + 1, thisYear);
  const key: SchemeKey = SCHEME_TABS.includes(state.scheme as SchemeKey) ? (state.scheme as SchemeKey) : 'host';
  const scheme = useSchemeOf(year, key);
  const save = useSaveSchemeOf(year, key);
  const problemText = useSchemeProblemText();
  const [form] = Form.useForm<SchemeFormValues>();
  const values = Form.useWatch([], form) as SchemeFormValues | undefined;
  // The version the form was loaded from: a background refetch must not make a stale edit look current.
  const [loaded, setLoaded] = useState<{ year: number; key: SchemeKey; response: SchemeResponse }>();
  const [serverProblems, setServerProblems] = useState<ShownSchemeProblem[]>([]);

  const load = (response: SchemeResponse) => {
    form.setFieldsValue(toFormValues(response.scheme));
    setLoaded({ year, key, response });
    setServerProblems([]);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per year and scheme, not on every refetch
  useEffect(() => {
    if (scheme.data && (loaded?.year !== year || loaded?.key !== key)) load(scheme.data);
  }, [scheme.data, year, key]);

  // The scheme's title and the units it lists by id are kept as loaded.
  const current = useMemo(() => {
    const kept = loaded?.response.scheme;
    return {
      ...toScheme(values ?? (kept ? toFormValues(kept) : undefined), year),
      ...(kept?.name === undefined ? {} : { name: kept.name }),
      ...(kept?.unitIds === undefined ? {} : { unitIds: kept.unitIds }),
    };
  }, [values, loaded, year]);
  const clientProblems = useMemo(() => (values ? validateScheme(current) : []), [values, current]);
  const problems = serverProblems.length ? serverProblems : clientProblems;
  const byPath = problemsByPath(problems);
  const errorsAt = (path: string) => byPath.get(path)?.map(problemText);

  const submit = () => {
    if (!loaded || clientProblems.length) {
      message.error(t('scheme.fixFirst'));
      return;
    }
    save.mutate(
      // The form offers only the unit kinds there are; the shared Scheme type says string.
      { version: loaded.response.version, scheme: current as SchemeSave['scheme'] },
      {
        onSuccess: (r) => {
          setLoaded({ year, key, response: { scheme: current, version: r.version, saved: true } });
          message.success(t('scheme.savedMessage', { year }));
        },
        onError: (error) => {
          if (stale.catchStale(error)) return;
          setServerProblems(validationIssues(error));
          message.error(describeError(error, t));
        },
      },
    );
  };
  const reload = async () => {
    const fresh = await scheme.refetch();
    if (fresh.data) load(fresh.data);
  };
  // Saving again after this writes the edits in the form over the other person's version.
  const takeLatestVersion = async () => {
    const fresh = await scheme.refetch();
    if (fresh.data) setLoaded({ year, key, response: { ...fresh.data, scheme: current } });
  };
  const stale = useStaleSave({ onReload: reload, onOverwrite: takeLatestVersion });

  const status = loaded?.response.saved ? (
    <Tag color="green">{t('scheme.status.saved', { version: loaded.response.version })}</Tag>
  ) : (
    <Tag color="default">{t('scheme.status.default')}</Tag>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('scheme.title', { year })}
            </Typography.Title>
            {loaded?.year === year && loaded.key === key ? status : null}
            {canEdit ? null : <Tag color="blue">{t('scheme.readOnly')}</Tag>}
          </Space>
          <Space wrap>
            <YearPicker
              year={year}
              last={thisYear + 1}
              onChange={(y) => setState({ year: y === thisYear ? undefined : y })}
            />
            {canEdit ? (
              <>
                <Button icon={<ReloadOutlined />} onClick={() => void reload()} disabled={save.isPending}>
                  {t('scheme.discard')}
                </Button>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  loading={save.isPending}
                  onClick={submit}
                  disabled={!loaded}
                >
                  {t('common.save')}
                </Button>
              </>
            ) : null}
          </Space>
        </Flex>
      </Card>
      <Segmented
        block
        value={key}
        onChange={(k) => setState({ scheme: k === 'host' ? undefined : (k as string) })}
        options={SCHEME_TABS.map((k) => ({ value: k, label: t(`scheme.tab.${k}`) }))}
      />
      {stale.modal}
      {scheme.error ? <ErrorAlert error={scheme.error} onRetry={() => void scheme.refetch()} /> : null}
      {!loaded && !scheme.error ? <Skeleton active paragraph={{ rows: 12 }} /> : null}
      {/* Read-only fields keep full-strength text: leaders read the scheme, they are not told it is unavailable. */}
      <ConfigProvider
        theme={
          canEdit
            ? undefined
            : { token: { colorTextDisabled: 'rgba(0, 0, 0, 0.88)', colorBgContainerDisabled: '#fafafa' } }
        }
      >
        <Form
          form={form}
          layout="vertical"
          disabled={!canEdit}
          onValuesChange={() => serverProblems.length && setServerProblems([])}
          style={{ display: loaded ? undefined : 'none' }}
        >
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                <IndicatorsTable form={form} disabled={!canEdit} errorsAt={errorsAt} />
                <PointsCard errorsAt={errorsAt} />
                <GroupsCard disabled={!canEdit} errorsAt={errorsAt} />
              </Space>
            </Col>
            <Col xs={24} xl={9}>
              <Space orientation="vertical" size={16} style={{ width: '100%', position: 'sticky', top: 16 }}>
                {canEdit || problems.length ? (
                  <ProblemsList problems={problems} fromServer={serverProblems.length > 0} />
                ) : null}
                <FormulaCard scheme={current} />
              </Space>
            </Col>
          </Row>
        </Form>
      </ConfigProvider>
      <FourNewTable year={year} />
    </Space>
  );
}
