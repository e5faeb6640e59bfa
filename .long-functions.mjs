import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';
const files = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p); } };
walk('src');
const only = process.argv.slice(2);
for (const f of files) {
  if (only.length && !only.some((o) => f.includes(o))) continue;
  const text = fs.readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      const b = sf.getLineAndCharacterOfPosition(n.getEnd()).line + 1;
      if (b - a + 1 > 60) {
        let name = n.name?.getText?.() ?? '';
        if (!name && ts.isVariableDeclaration(n.parent)) name = n.parent.name.getText();
        if (!name && ts.isPropertyAssignment(n.parent)) name = n.parent.name.getText();
        console.log(`${f}:${a}-${b} ${b - a + 1} ${name || '<anon>'}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
