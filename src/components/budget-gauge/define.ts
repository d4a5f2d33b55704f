import { defineElement } from '../../base/define.js';
import { AncrageBudgetGauge } from './budget-gauge.js';

defineElement('ancrage-budget-gauge', AncrageBudgetGauge);
