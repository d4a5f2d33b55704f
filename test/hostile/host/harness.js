// Loaded first by every host page of test/server/hostile-routes.mjs, before the bundle.
// Records what a host page's owner would see go wrong (CSP and Trusted Types violations,
// uncaught errors, unhandled rejections) and the Trusted Types policies created, then,
// once every widget has settled, posts the record to the parent (host-pages.test.ts).
(() => {
  const report = { type: 'ancrage-host-report', page: location.pathname, violations: [], errors: [], policies: [], states: [] };

  document.addEventListener('securitypolicyviolation', (e) => {
    report.violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''} at ${e.sourceFile}:${e.lineNumber}`.trim());
  });
  // Script errors only: a failed image fires `error` on the image, which does not bubble here.
  addEventListener('error', (e) => report.errors.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => report.errors.push(`unhandled rejection: ${e.reason}`));

  // The names a host must allow in `trusted-types`: whatever the bundle asks for.
  const factory = window.trustedTypes;
  if (factory) {
    const create = factory.createPolicy.bind(factory);
    factory.createPolicy = (name, rules) => {
      report.policies.push(name);
      return create(name, rules);
    };
  }

  const widgets = () => [...document.querySelectorAll('ancrage-project-cards, ancrage-partner-list, ancrage-budget-gauge')];
  const settled = () => widgets().every((el) => ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? ''));
  const started = Date.now();
  const poll = () => {
    if (!settled() && Date.now() - started < 8000) return setTimeout(poll, 50);
    // Let images load or fail, and late violations arrive.
    setTimeout(() => {
      report.states = widgets().map((el) => `${el.localName}:${el.getAttribute('state')}`);
      parent.postMessage(report, '*');
    }, 300);
  };
  addEventListener('load', poll);
})();
