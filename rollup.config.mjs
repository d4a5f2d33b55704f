import { readFileSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const COMPONENTS = ['project-cards', 'partner-list', 'budget-gauge'];

/** Ships the feed's JSON Schema as `ancrage/feed-v1.schema.json`. */
const schemaAsset = {
  name: 'feed-schema',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'feed-v1.schema.json',
      source: readFileSync('src/feed/feed-v1.schema.json', 'utf8'),
    });
  },
};

/**
 * Writes `dist/custom-elements.json` once the per-module build is written: the analyzer's
 * manifest of the widgets' sources, its paths turned into the modules the package ships
 * (`dist/…/x.js`, not `src/…/x.ts`), and each tag declared defined by its `define.js` (the
 * guarded define is no literal `customElements.define` the analyzer could see).
 */
const elementsManifest = {
  name: 'custom-elements-manifest',
  async writeBundle() {
    const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
    const sources = await cli({
      argv: ['analyze', '--litelement', '--quiet', '--outdir', 'dist', '--globs', 'src/base/ancrage-element.ts', 'src/components/*/*.ts',
        // Styles and the widgets' internal helpers: nothing a page uses.
        '--exclude', 'src/components/*/*.styles.ts', 'src/components/budget-gauge/budget-math.ts', 'src/components/partner-list/partners.ts'],
      noWrite: true,
    });
    const manifest = JSON.parse(JSON.stringify(sources), (key, value) =>
      (key === 'path' || key === 'module') && typeof value === 'string' ? value.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js') : value,
    );
    for (const module of manifest.modules) {
      // A re-export (`export { X } from './x.js'`, each define.js's class) names its module relative to this one.
      for (const { declaration } of module.exports ?? []) {
        if (declaration?.module?.startsWith('./')) declaration.module = module.path.replace(/[^/]+$/, declaration.module.slice(2));
      }
      for (const { name, tagName } of module.declarations ?? []) {
        const define = tagName && manifest.modules.find((other) => other.path === module.path.replace(/[^/]+$/, 'define.js'));
        if (define) (define.exports ??= []).push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: module.path } });
      }
    }
    writeFileSync('dist/custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
  },
};

// ---- Template minification ------------------------------------------------
// Lit ships `css`, `html` and `svg` templates as written: indentation and CSS
// comments included. These two tokenizers only ever drop comments and
// whitespace; quoted strings, attribute values, escapes and `${}` bindings
// pass through untouched. Anything they do not understand (a string or a
// comment spanning a binding, a raw-text element) leaves the template as is.

/** HTML whitespace only: U+00A0 and other Unicode spaces are content. */
const SPACE = /[ \t\n\r\f]/;

/** CSS of one template: comments out, whitespace collapsed, then dropped where no token needs it. */
export function minifyCss(quasis) {
  const out = [];
  for (let i = 0; i < quasis.length; i++) {
    const raw = quasis[i];
    const parts = []; // [isCode, text]
    let code = '';
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j];
      if (c === '/' && raw[j + 1] === '*') {
        const end = raw.indexOf('*/', j + 2);
        // A comment between two tokens (`.a/**/.b`) separates them without being a space: leave it.
        if (end < 0 || (j > 0 && !SPACE.test(raw[j - 1]) && end + 2 < raw.length && !SPACE.test(raw[end + 2]))) return undefined;
        code += ' ';
        j = end + 1;
      } else if (c === '"' || c === "'") {
        let k = j + 1;
        while (k < raw.length && raw[k] !== c) k += raw[k] === '\\' ? 2 : 1;
        if (k >= raw.length) return undefined;
        parts.push([true, code], [false, raw.slice(j, k + 1)]);
        code = '';
        j = k;
      } else if (c === '\\') {
        // An escape as written; a hex escape with the one whitespace that ends it (`\\31 .b` is not `\\31.b`).
        const escape = /^\\\\?(?:[0-9a-fA-F]{1,6}[ \t\n\r\f]?|[^])/.exec(raw.slice(j))[0];
        parts.push([true, code], [false, escape]);
        code = '';
        j += escape.length - 1;
      } else code += c;
    }
    parts.push([true, code]);
    let text = parts
      .map(([isCode, s], k) => {
        if (!isCode) return s;
        const collapsed = s
          .replace(/[ \t\n\r\f]+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/([:(]) /g, '$1')
          .replace(/ \)/g, ')')
          .replace(/;}/g, '}');
        // `0.5` → `.5` only where a number surely starts: never after a binding or a string, nor in a url().
        if (collapsed.includes('url(')) return collapsed;
        return collapsed.replace(i === 0 && k === 0 ? /(^|[ :,(])0\.(?=\d)/g : /([ :,(])0\.(?=\d)/g, '$1.');
      })
      .join('');
    if (i === 0) text = text.replace(/^ /, '');
    if (i === quasis.length - 1) text = text.replace(/ $/, '');
    out.push(text);
  }
  return out;
}

/** Tags whose text is not HTML: a template holding one is left as written. */
const RAW_TEXT = /^(?:script|style|textarea|pre|title|xmp|plaintext|listing)$/i;

/**
 * HTML of one template. Between tags, a run of whitespace becomes one space,
 * never nothing: between inline elements it is a visible space. Inside a tag,
 * whitespace between attributes becomes one space, and before `>` (or `/>`
 * after a quoted value) nothing. Quoted attribute values and comments are kept
 * as written. Text shown with `white-space: pre*` must come from bindings (as
 * `<p>${paragraph}</p>` does), not from the template's own whitespace.
 */
export function minifyHtml(quasis) {
  let state = 'text'; // text | tag | quote | comment
  let quote = '';
  const out = [];
  for (const raw of quasis) {
    let text = '';
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j];
      if (state === 'comment') {
        const end = raw.indexOf('-->', j);
        if (end < 0) return undefined;
        text += raw.slice(j, end + 3);
        j = end + 2;
        state = 'text';
      } else if (state === 'quote') {
        text += c;
        if (c === quote) state = 'tag';
      } else if (c === '\\') {
        text += raw.slice(j, j + 2);
        j++;
      } else if (SPACE.test(c)) {
        let k = j;
        while (k + 1 < raw.length && SPACE.test(raw[k + 1])) k++;
        const next = raw[k + 1];
        // Before `/>`, only after a quoted value: `a=b />` or `a=${x} />` would make `/` part of the value.
        const end = next === '>' || (next === '/' && raw[k + 2] === '>' && /["']$/.test(text));
        if (!(state === 'tag' && end)) text += ' ';
        j = k;
      } else if (state === 'text' && c === '<') {
        if (raw.startsWith('<!--', j)) {
          state = 'comment';
          text += '<!--';
          j += 3;
          continue;
        }
        const name = /^<\/?([a-zA-Z][\w-]*)/.exec(raw.slice(j))?.[1];
        if (name && RAW_TEXT.test(name)) return undefined;
        if (name) state = 'tag';
        text += c;
      } else {
        if (state === 'tag' && (c === '"' || c === "'")) {
          state = 'quote';
          quote = c;
        } else if (state === 'tag' && c === '>') state = 'text';
        text += c;
      }
    }
    out.push(text);
  }
  // An unclosed quote or comment: not HTML this tokenizer understands.
  return state === 'quote' || state === 'comment' ? undefined : out;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && key !== 'loc') walk(value, visit);
  }
}

/**
 * Minifies the `css`, `html` and `svg` tagged templates of our own sources,
 * and `unsafeCSS` of a template literal (a CSS fragment), after TypeScript.
 */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg|unsafeCSS)\b/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        let literal;
        let minify;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          literal = node.quasi;
          minify = node.tag.name === 'css' ? minifyCss : /^(?:html|svg)$/.test(node.tag.name) ? minifyHtml : undefined;
        } else if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          node.callee.name === 'unsafeCSS' &&
          node.arguments[0]?.type === 'TemplateLiteral'
        ) {
          literal = node.arguments[0];
          minify = minifyCss;
        }
        if (!minify) return;
        const { quasis } = literal;
        if (quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) return;
        const minified = minify(quasis.map((q) => q.value.raw));
        if (minified) quasis.forEach((q, i) => edits.push([q.start, q.end, minified[i]]));
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let result = code;
      for (const [start, end, text] of edits) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}

// ---- Private names -------------------------------------------------------
// Terser shortens variables, never a property: `this.renderBreakdown()` ships as written. These
// private members, internal fields and message names are renamed in the bundle. Only names that
// mean nothing else anywhere in the bundle (a feed's field, an option, Lit's, the DOM's), and
// that no source has as a string (`this[name]`, `changed.has(name)`): `privateNames` checks.
// Public members keep theirs (a page reads them), as do the per-module build (dist/index.js…), whose
// subclasses may override protected members, and the custom-elements manifest, which are not minified.
// The bundle exports no class: its protected members are renamed too (subclassing is no supported API).
const PRIVATE_NAMES = [
  // AncrageElement
  'declaredLang', 'writtenLang', 'langAttribute', 'loadCount', 'noFeedTimer', 'typingTimer', 'announceTimer', 'settleLanguage', 'resolveLanguage',
  'restyle', 'leave',
  'themePublisher', 'errorMessage', 'parseData', 'refetchAfterNetworkError', 'shownState', 'renderFailed', 'told', 'unreported', 'hiddenWith', 'latestLoad', 'loadAndShow', 'shownLoad', 'shownKey',
  // Internal reactive state (never named in a string: Lit's `changed.has('…')` would not find it)
  'announcement', 'announced', 'failedLogos', 'yearChanged', 'shown',
  // AncrageProjectCards, and its CardTexts
  'brokenImages', 'announceNow', 'focusIndex', 'partnersById', 'entriesLang', 'sayCount', 'countText', 'renderFilters',
  'presetFilter', 'comparator', 'collectOptions', 'filterEntries', 'searchText', 'cardTexts', 'renderCard', 'renderDetails',
  'openStart', 'placeName', 'partnerName', 'onInput', 'onReset', 'pageLength', 'imageFailed',
  'titleLang', 'publisherLang', 'summaryLang', 'hasDetails', 'hasFacts', 'texts', 'sortKey',
  // AncragePartnerList, and its rows
  'renderList', 'renderLogo', 'renderPartner', 'linkText', 'haystack', 'scopedCount', 'searchTimer', 'hits', 'matching', 'onKeydown',
  // Both lists' kept focus
  'focused',
  // AncrageBudgetGauge
  'pick', 'yearsToChoose', 'shownMeasure', 'shownBasis', 'renderBudget', 'sentences', 'renderMeter', 'renderYears',
  'onYearChange', 'renderBreakdown', 'money', 'lineOver', 'agreeing', 'overflowObserver',
  // Its view of a budget (budget-math.ts)
  'reference', 'against', 'excess', 'committedOver',
  // AncrageElement's protected members (not `feedData`, `locale`, `messages`, `t`: named as strings or short)
  'readerLang', 'warnUnknown', 'textSpan', 'langOf', 'inScope', 'tell', 'announce', 'whenTypingPauses', 'ownerOf',
  'renderContent', 'isEmpty', 'derive', 'emptyMessage', 'rendersWhenEmpty',
  // Message names: each widget's catalog is its own in the bundle, which exports parseFeed only.
  // (Not the names a feed's code or a measure picks: `t.status[code]`, `gauge[measure]`.)
  'allCountries', 'allStatuses', 'allThemes', 'contributionOfTotal', 'dateRange', 'errorReason', 'showMore',
  'fewerProjects', 'moreProjects', 'partnerKinds', 'partnerKindGroups', 'sdgNames',
  'ceilingRule', 'linesOver', 'noBudget', 'noLine', 'noMatch', 'notApplicable', 'notReported', 'ofAllocated', 'ofCeiling',
  'overAllocated', 'overCeiling', 'beyond', 'shareOfTotal', 'voted',
  // Catalog parts and messages no feed field, attribute or DOM member shares a name with.
  'cards', 'roles', 'renderError', 'offline', 'since', 'started', 'until', 'sdg', 'contact', 'less', 'verb',
  'bases', 'allPublishers', 'noShare',
];

/** Fails the build when one of our sources has a name of `PRIVATE_NAMES` as a string: renamed, it would not be found. */
export function privateNames() {
  const names = new Set(PRIVATE_NAMES);
  return {
    name: 'private-names',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      walk(this.parse(code), (node) => {
        const text = node.type === 'Literal' ? node.value : node.type === 'TemplateElement' ? node.value.cooked : undefined;
        if (names.has(text)) this.error(`'${text}': PRIVATE_NAMES (rollup.config.mjs) renames it in the bundle`);
      });
      return null;
    },
  };
}

/**
 * What makes the self-contained bundle: `npm run size` measures each widget's graph with the
 * same plugins (`sourceMap` for its breakdown of the bytes by source file).
 */
export function bundlePlugins({ sourceMap = false } = {}) {
  return [
    nodeResolve(),
    typescript({ compilerOptions: { declaration: false, outDir: undefined, sourceMap }, outputToFilesystem: false }),
    privateNames(),
    minifyTemplates(),
    // Measured: more passes, `toplevel` (implied by `module`), `ecma: 2022`, `unsafe_arrows`
    // and `pure_getters` each change the gzip size by under 25 bytes.
    // `PRIVATE_NAMES`: −237 B gzip, and −157 B for the message names.
    // `ascii_only`: −64 B (the French texts' letters as `\xe9` escapes are commoner bytes for gzip
    // than UTF-8's pairs); `inline: 1`, inlining only simple functions (fewer IIFEs): −16 B.
    terser({
      ecma: 2021,
      module: true,
      // `keep_fargs: false`: unused last parameters dropped (−24 B; no code here reads a function's `length`).
      compress: { passes: 2, inline: 1, keep_fargs: false },
      // Terser keeps the names it knows from the DOM (`rows`, `view`, `count`…) even when listed: none is listed. (Its
      // `builtins` would rename them, and with them any `table.rows` or `match.groups` the code reads: 61 B, not worth it.)
      mangle: { properties: { regex: new RegExp(`^(?:${PRIVATE_NAMES.join('|')})$`) } },
      format: { comments: false, ascii_only: true },
    }),
  ];
}

export default [
  // (a) The file a town hall links: one self-contained, minified module, Lit included.
  {
    input: 'src/ancrage.ts',
    output: { file: 'dist/ancrage.js', format: 'es' },
    plugins: bundlePlugins(),
  },
  // (b) One module per source file, with .d.ts, Lit left to the user's bundler.
  {
    input: ['src/index.ts', 'src/feed/index.ts', 'src/cli.ts', ...COMPONENTS.map((name) => `src/components/${name}/define.ts`)],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [typescript({ compilerOptions: { declaration: true, declarationDir: 'dist' } }), minifyTemplates(), schemaAsset, elementsManifest],
  },
];
