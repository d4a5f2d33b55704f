// What old CMS themes still load before the widgets (Prototype.js, MooTools, home-made
// helpers): enumerable members added to Object.prototype and Array.prototype, some of them
// named like a feed's fields, a filter or a language. Loaded before the bundle by the
// `old-library` host page (test/server/hostile-routes.mjs).
for (const name of ['fr', 'en', 'publisher', 'status', 'theme', 'themes', 'country', 'search', 'id', 'name', 'kind', 'year']) {
  Object.prototype[name] = 'inherited';
}
Object.prototype.extend = function (source) {
  for (const key in source) this[key] = source[key];
  return this;
};
Array.prototype.each = function (fn) {
  for (let i = 0; i < this.length; i++) fn(this[i], i);
};
Array.prototype.contains = function (item) {
  return this.indexOf(item) >= 0;
};
