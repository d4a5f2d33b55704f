// The package root, for bundler users: the feed API and the widget classes, nothing registered.
// Register tags with `import 'ancrage/project-cards.js'` (and siblings), or link `ancrage/bundle`.
export * from './feed/index.js';
export { AncrageElement, type WidgetState, type ColorScheme } from './base/ancrage-element.js';
export { defineElement } from './base/define.js';
export type { AncrageEventDetails, AncrageEventName, AncrageEvent } from './base/events.js';
export { messagesFor, uiLanguage, type Messages } from './i18n/index.js';
export { warningInFrench } from './i18n/feed-warnings.js';
export { AncrageProjectCards } from './components/project-cards/project-cards.js';
export { AncragePartnerList } from './components/partner-list/partner-list.js';
export { AncrageBudgetGauge } from './components/budget-gauge/budget-gauge.js';
