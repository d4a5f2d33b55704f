import { defineElement } from '../../base/define.js';
import { AncragePartnerList } from './partner-list.js';

defineElement('ancrage-partner-list', AncragePartnerList);
