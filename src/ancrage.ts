// The file a town hall links: every widget, registered.
import './components/project-cards/define.js';
import './components/partner-list/define.js';
import './components/budget-gauge/define.js';
