// A page whose own script has a prototype-pollution bug (a query-string parser of the
// jQuery-deparam era given `?__proto__[website]=javascript:…`): Object.prototype gains
// members named like the feed's optional fields. Absent from the feed, they must not be
// read from there, past the checks. Loaded before the bundle by the `polluted-prototype`
// host page (test/server/hostile-routes.mjs).
Object.assign(Object.prototype, {
  website: 'javascript:parent.postMessage("pwned", "*")//',
  logo: { src: 'http://evil.example/logo.png', alt: 'x' },
  image: { src: 'http://evil.example/a.png', alt: 'x' },
  summary: { fr: 'Projet annulé' },
  committed: 900000,
  spent: 900000,
  theme: { text: '#ffffff', primary: '#ffffff' },
  start() {
    return this;
  },
  country() {
    return this;
  },
  // Options `Intl` reads when not given them: a formatter that throws, or dates with an hour.
  currency: 'javascript:',
  style: 'narrow',
  hour: 'numeric',
  maximumFractionDigits: 20,
});
