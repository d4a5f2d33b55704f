import { expect } from '@open-wc/testing';
import { stewardAdvice } from '../../src/feed/advice.js';
import { PROJECT_STATUSES } from '../../src/feed/types.js';
import { COUNTRY_CASES, DATE_CASES, STATUS_CASES } from './advice-cases.mjs';

// The embed generator's advice runs on the browser's Intl: its names of countries and months must give the hints ancrage-check gives (advice.node.test.mjs).
describe('stewardAdvice in a browser', () => {
  it('suggests the status, the country and the date that Node suggests', () => {
    for (const [status, code] of STATUS_CASES) expect(stewardAdvice.code(status, PROJECT_STATUSES), status).to.equal(`; did you mean "${code}"?`);
    for (const [country, code] of COUNTRY_CASES) expect(stewardAdvice.country(country), country).to.equal(code && `; the code is ${code}`);
    for (const [date, day, dateTime] of DATE_CASES) {
      expect(stewardAdvice.date(date), date).to.equal(day && `; write it "${day}"`);
      if (dateTime !== null) expect(stewardAdvice.date(date, 1), date).to.equal(dateTime && `; write it "${dateTime}"`);
    }
  });
});
