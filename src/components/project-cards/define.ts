import { defineElement } from '../../base/define.js';
import { AncrageProjectCards } from './project-cards.js';

defineElement('ancrage-project-cards', AncrageProjectCards);
