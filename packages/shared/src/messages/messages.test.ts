/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { commandMessages, msg, renderMessage } from './index.ts';
import { placeholdersOf } from './render.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Files whose Chinese is data, not messages: names the law or the registry defines, and the
 * fictional demo city. Keep it short: a message belongs in the catalogue.
 */
const DATA_FILES = [
  'packages/shared/src/industry-codes.ts', // GB/T 4754-2017 section and division names
  'packages/shared/src/company-name.ts', // legal forms, regions and industry words for name matching
  'apps/server/src/modules/org/demo-city.ts', // the fictional demo city
  'apps/server/src/modules/demo/demo-data.ts', // the demo city's investors, projects and people
  'apps/server/src/modules/events/events-demo.ts', // the demo city's events
  'apps/server/src/modules/chains/chains-demo.ts', // the demo city's chain map
  'apps/server/src/modules/innovation/ledgers-demo.ts', // the demo city's carriers, agreements and capital
  'apps/server/src/modules/catalogue/catalogue-demo.ts', // the demo city's catalogue entries and sites
  'packages/shared/src/chains.ts', // the target tags as the seed writes them (央企, 世界500强 …), values of the import
  // The import and export columns and the values an import accepts (是/否, 在建…), contract.md; its reasons are in the catalogue.
  'apps/server/src/modules/projects/projects-import.ts',
  // The number formats Chinese Excel and WPS build in (yyyy"年"m"月"d"日", 上午/下午), as the files hold them.
  'apps/server/src/spreadsheet/builtin-formats.ts',
  'apps/server/src/spreadsheet/date-format.ts',
  'apps/server/src/spreadsheet/number-format.ts',
  // The API document's descriptions of the shared answers, as the route summaries are.
  'apps/server/src/http/responses.ts',
];

/** A literal inside a route summary (`summary: a ? '…' : '…'`) or a file response's description (`fileResponse(type, '…')`). */
function isApiDocumentation(node: ts.Node): boolean {
  let at: ts.Node = node;
  while (ts.isConditionalExpression(at.parent) || ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === at && parent.name.getText() === 'summary') return true;
  return ts.isCallExpression(parent) && parent.expression.getText() === 'fileResponse' && parent.arguments[1] === at;
}

/** Literals in these positions are not messages the server makes for a reader. */
function isExempt(node: ts.Node): boolean {
  const parent = node.parent;
  // OpenAPI documentation, as responses.ts is.
  if (isApiDocumentation(node)) return true;
  // An import column's other accepted names (contract.md: English aliases accepted, and Chinese variants).
  if (
    parent &&
    ts.isArrayLiteralExpression(parent) &&
    ts.isPropertyAssignment(parent.parent) &&
    parent.parent.name.getText() === 'aliases'
  )
    return true;
  if (!parent || !ts.isPropertyAssignment(parent) || parent.initializer !== node) return false;
  const name = parent.name.getText();
  // OpenAPI documentation: a route's summary, the API's title.
  if (name === 'summary' || name === 'title') {
    if (name === 'summary') return true;
    const owner = parent.parent.parent;
    if (owner && ts.isPropertyAssignment(owner) && owner.name.getText() === 'info') return true;
  }
  const siblings = ts.isObjectLiteralExpression(parent.parent)
    ? parent.parent.properties.map((p) => p.name?.getText())
    : [];
  // An import column's Chinese header (contract.md), or an export column's header (the same columns).
  if (name === 'zh' && siblings.includes('key') && siblings.includes('aliases')) return true;
  if (name === 'header' && siblings.includes('value')) return true;
  return false;
}

function chineseLiterals(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node))
      literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
    if (literal !== undefined && /\p{Script=Han}/u.test(literal) && !isExempt(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${path.relative(root, file)}:${line}: ${literal.slice(0, 40)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(root, dir, f));
}

describe('the message catalogue', () => {
  const entries = Object.entries(commandMessages()) as [string, { zh: string; en: string }][];

  it('has every key in Chinese and English, none blank', () => {
    expect(entries.length).toBeGreaterThan(250);
    const blank = entries.filter(([, m]) => !m.zh?.trim() || !m.en?.trim()).map(([k]) => k);
    expect(blank).toEqual([]);
  });

  it('defines each key in one catalogue file only (a second definition would silently replace the first)', () => {
    const dir = path.join(root, 'packages/shared/src/messages');
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.messages.ts'))) {
      for (const [, key] of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^ {2}'([\w.-]+)': /gm)) {
        if (seen.has(key!)) twice.push(`${key} in ${seen.get(key!)} and ${file}`);
        else seen.set(key!, file);
      }
    }
    expect(seen.size).toBeGreaterThan(250);
    expect(twice).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differing = entries
      .filter(([, m]) => placeholdersOf(m.zh).join() !== placeholdersOf(m.en).join())
      .map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('has no Chinese in its English', () => {
    // Import values the file must hold (是/否, 在建…) are quoted in English on purpose.
    const quoted = /[是否]|在建|停滞|终止|活动|推介|上门拜访|调研|其他|上游|中游|下游|万|元|、/gu;
    const chinese = entries.filter(([, m]) => /\p{Script=Han}/u.test(m.en.replace(quoted, ''))).map(([k]) => k);
    expect(chinese).toEqual([]);
  });

  it('fills placeholders, nested messages and lists in each language', () => {
    const stages = [msg('label.stage.contracted'), msg('label.stage.started')];
    expect(renderMessage('zh', msg('stage.notSigned', { stages }))).toBe(
      '尚未签约的项目不能填写合同、开工日期，请先填写签约日期',
    );
    expect(renderMessage('en', msg('stage.notSigned', { stages }))).toBe(
      'A project not yet signed cannot have Contracted, Started dates: enter the signing date first',
    );
    expect(renderMessage('en', { code: 'no.such.key' })).toBe('no.such.key');
  });
});

describe('Chinese in the source', () => {
  it('is in the catalogue, in tests or in the listed data files only', () => {
    const skipped = new Set(DATA_FILES.map((f) => path.join(root, f)));
    const files = [...sourceFiles('apps/server/src'), ...sourceFiles('packages/shared/src')].filter(
      (f) => !skipped.has(f) && !f.endsWith('.messages.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(chineseLiterals)).toEqual([]);
    // Parsing every source file takes seconds on a busy machine.
  }, 120_000);

  it('lists only files that exist', () => {
    const missing = DATA_FILES.filter((f) => !fs.existsSync(path.join(root, f)));
    expect(missing).toEqual([]);
  });
});
