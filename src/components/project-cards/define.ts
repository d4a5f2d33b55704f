import { defineElement } from '../../base/define.js';
import { AncrageProjectCards } from './project-cards.js';

defineElement('ancrage-project-cards', AncrageProjectCards);

// Its class and types too: `import 'ancrage/project-cards.js'` alone types the tag in TypeScript.
export { AncrageProjectCards } from './project-cards.js';
