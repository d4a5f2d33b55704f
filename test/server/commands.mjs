// Test-runner commands the built-in ones lack, through the DevTools protocol: `emulate-forced-colors`
// (Windows high contrast: Puppeteer's emulateMediaFeatures rejects `forced-colors`) and `ax-names`
// (the accessible names of a role's nodes, table cells included, which a11ySnapshot leaves out).
const sessions = new WeakMap();

export const devToolsCommands = {
  name: 'devtools-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors' && command !== 'ax-names') return undefined;
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    const cdp = sessions.get(page);
    if (command === 'ax-names') {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return nodes.filter((node) => node.role?.value === payload.role).map((node) => node.name?.value ?? '');
    }
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};
