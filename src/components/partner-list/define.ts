import { defineElement } from '../../base/define.js';
import { AncragePartnerList } from './partner-list.js';

defineElement('ancrage-partner-list', AncragePartnerList);

// Its class and types too: `import 'ancrage/partner-list.js'` alone types the tag in TypeScript.
export { AncragePartnerList } from './partner-list.js';
