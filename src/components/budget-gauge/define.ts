import { defineElement } from '../../base/define.js';
import { AncrageBudgetGauge } from './budget-gauge.js';

defineElement('ancrage-budget-gauge', AncrageBudgetGauge);

// Its class and types too: `import 'ancrage/budget-gauge.js'` alone types the tag in TypeScript.
export { AncrageBudgetGauge } from './budget-gauge.js';
