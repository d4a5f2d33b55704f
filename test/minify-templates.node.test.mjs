// The build's template minifier (rollup.config.mjs): it may only drop what never
// changes a rendering. `node --test test/minify-templates.node.test.mjs`
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { minifyCss, minifyHtml, minifyTemplates } from '../rollup.config.mjs';

test('CSS: comments out, whitespace only where a token needs it', () => {
  assert.deepEqual(minifyCss([':host {\n  color: red; /* why */\n  margin: 0 auto;\n}\n']), [':host{color:red;margin:0 auto}']);
  assert.deepEqual(minifyCss(['.a :focus-visible, .b > .c {\n  width: calc(1em + 2px);\n}']), ['.a :focus-visible,.b>.c{width:calc(1em + 2px)}']);
  assert.deepEqual(minifyCss(['@media (min-width: 1em) and (max-width: 2em) { a { b: c } }']), ['@media (min-width:1em) and (max-width:2em){a{b:c}}']);
  assert.deepEqual(minifyCss(['a { gap: 0.5em 10.5em; color: rgb(0 0 0 / 0.75); --_r: 16 / 9 }']), ['a{gap:.5em 10.5em;color:rgb(0 0 0 / .75);--_r:16 / 9}']);
});

test('CSS: strings, escapes and bindings pass through', () => {
  assert.deepEqual(minifyCss(["a::before { content: '  x  /* y */ '; }"]), ["a::before{content:'  x  /* y */ '}"]);
  assert.deepEqual(minifyCss(['a { content: "\\2014  "; }']), ['a{content:"\\2014  "}']);
  assert.deepEqual(minifyCss(['\n  :host {\n    color: var(--a, ', ');\n    padding: ', ' ', ';\n  }\n']), [':host{color:var(--a,', ');padding:', ' ', '}']);
  assert.equal(minifyCss(['a { /* unclosed ', ' }']), undefined);
  assert.equal(minifyCss(["a { content: '", "' }"]), undefined);
});

test('CSS: nothing that changes what a rule means', () => {
  // A comment between two tokens is not a descendant combinator: the template is left as written.
  assert.equal(minifyCss(['.a/**/.b { color: red }']), undefined);
  assert.deepEqual(minifyCss(['.a /* x */ .b { color: red }']), ['.a .b{color:red}']);
  // A hex escape ends with one whitespace: the next one is the combinator.
  assert.deepEqual(minifyCss(['.\\31  .b { color: red }']), ['.\\31  .b{color:red}']);
  assert.deepEqual(minifyCss(['.\\31 .b { color: red }']), ['.\\31 .b{color:red}']);
  // `0.` is shortened only where a number surely starts: not after a binding, nor in a url().
  assert.deepEqual(minifyCss(['a { width: ', '0.5em; }']), ['a{width:', '0.5em}']);
  assert.deepEqual(minifyCss(['a { background: url(0.5x.png) 0.5em; }']), ['a{background:url(0.5x.png) 0.5em}']);
  assert.deepEqual(minifyCss(['0.5em']), ['.5em']);
});

test('HTML: whitespace between tags becomes one space, never nothing', () => {
  assert.deepEqual(minifyHtml(['<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>']), ['<ul> <li>a</li> <li>b</li> </ul>']);
  assert.deepEqual(minifyHtml(['<b>a</b> <i>b</i>', '\n    ', ' — <strong>', '</strong>']), ['<b>a</b> <i>b</i>', ' ', ' — <strong>', '</strong>']);
  // U+00A0 is content; `<` not opening a tag is text.
  assert.deepEqual(minifyHtml(['a\u00a0 \n b < c']), ['a\u00a0 b < c']);
});

test('HTML: inside a tag, one space between attributes, none before >', () => {
  assert.deepEqual(minifyHtml(['<label\n  >', '</label\n>']), ['<label>', '</label>']);
  assert.deepEqual(minifyHtml(['<img\n  part="logo"\n  src=', '\n  alt="a  b"\n/>']), ['<img part="logo" src=', ' alt="a  b"/>']);
  // After a binding or an unquoted value, `/` would join the value.
  assert.deepEqual(minifyHtml(['<input .value=', '\n/>']), ['<input .value=', ' />']);
  assert.deepEqual(minifyHtml(['<circle r=9 />']), ['<circle r=9 />']);
  assert.deepEqual(minifyHtml(['<a id="t-', '"\n   class="x  y">']), ['<a id="t-', '" class="x  y">']);
});

test('HTML: raw text elements and unclosed quotes are left alone', () => {
  assert.equal(minifyHtml(['<pre>\n  a\n</pre>']), undefined);
  assert.equal(minifyHtml(['<style> a { } </style>']), undefined);
  assert.equal(minifyHtml(['<a title="', '>']), undefined);
  assert.deepEqual(minifyHtml(['<!--  keep  -->\n<p></p>']), ['<!--  keep  --> <p></p>']);
});

test('the plugin rewrites css, html, svg and unsafeCSS templates of src only', () => {
  const { transform } = minifyTemplates();
  const code = [
    'const a = html`<p>\n  ${x}\n</p>`;',
    'const b = css`:host {\n  color: red;\n}`;',
    'const c = svg`<path d="M0 0" />\n`;',
    'const d = unsafeCSS(`\n  --_x: 1;\n`);',
    'const e = `<p>\n  untagged\n</p>`;',
    'const f = other`<p>\n</p>`;',
  ].join('\n');
  const { code: out } = transform.call({ parse: parseAst }, code, '/repo/src/x.ts');
  assert.equal(
    out,
    [
      'const a = html`<p> ${x} </p>`;',
      'const b = css`:host{color:red}`;',
      'const c = svg`<path d="M0 0"/> `;',
      'const d = unsafeCSS(`--_x:1;`);',
      'const e = `<p>\n  untagged\n</p>`;',
      'const f = other`<p>\n</p>`;',
    ].join('\n'),
  );
  assert.equal(transform.call({ parse: parseAst }, code, '/repo/node_modules/lit/x.js'), null);
});
