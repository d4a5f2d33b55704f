// The file a town hall links: every widget, registered. It also exports `parseFeed`,
// so a page can check a feed with the one file it links.
import './components/project-cards/define.js';
import './components/partner-list/define.js';
import './components/budget-gauge/define.js';

export { parseFeed } from './feed/parse.js';
