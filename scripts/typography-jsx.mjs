// `node scripts/typography-jsx.mjs [files…]` (issue 15): writes French typography into JSX text
// and text attributes (label, hint, title, legend, placeholder…) of the .tsx files under app/
// and components/ (or of the files given): &#8239; before ; : ! ? and inside « », &nbsp; before
// %. JSX decodes these entities, in text and in attribute strings alike. Run it after merging
// branches that wrote new screens; it changes nothing already written this way.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import ts from "typescript";

const NOT_TEXT =
  /^(className|href|src|id|type|name|value|autoComplete|inputMode|pattern|accept|rel|target|method|action|form|htmlFor|role|lang|d|viewBox|fill|stroke)$/;
const fix = (t) =>
  t
    .replace(/(\S) ([;:!?])(?=[\s<"]|$)/g, "$1&#8239;$2")
    .replace(/« /g, "«&#8239;")
    .replace(/ »/g, "&#8239;»")
    .replace(/(\d) (%)/g, "$1&nbsp;$2");

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ["app", "components"].flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: "utf8" })
          .filter((f) => f.endsWith(".tsx"))
          .map((f) => `${dir}/${f}`),
      );
let changed = 0;
for (const file of files) {
  const src = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.JsxText) {
      const raw = src.slice(node.pos, node.end);
      if (fix(raw) !== raw) edits.push([node.pos, node.end, fix(raw)]);
    } else if (
      ts.isJsxAttribute(node) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      !NOT_TEXT.test(node.name.getText(sf))
    ) {
      const start = node.initializer.getStart(sf);
      const raw = src.slice(start, node.initializer.end);
      if (fix(raw) !== raw) edits.push([start, node.initializer.end, fix(raw)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) continue;
  let out = src;
  for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + text + out.slice(b);
  writeFileSync(file, out);
  changed++;
}
console.log(`${changed} fichier(s) modifié(s)`);
