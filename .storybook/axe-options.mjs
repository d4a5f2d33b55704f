// One axe configuration for the a11y panel (.storybook/preview.ts) and the check
// that fails the tests (test/storybook-axe.mjs): what one passes, the other passes.
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  rules: {
    // A story is a fragment of a town hall's page, not a page: landmarks are the page's job.
    region: { enabled: false },
  },
};
