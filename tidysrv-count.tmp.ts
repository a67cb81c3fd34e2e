import fs from 'node:fs';
import ts from 'typescript';
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node)) literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
    if (literal !== undefined && /\p{Script=Han}/u.test(literal)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line}: ${literal.slice(0, 60).replace(/\n/g,' ')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  console.log(found.join('\n'));
}
