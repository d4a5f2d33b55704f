// Test-runner commands the built-in ones lack: `emulate-forced-colors` (Windows high contrast).
// Puppeteer's emulateMediaFeatures rejects `forced-colors`, so this speaks the DevTools protocol.
const sessions = new WeakMap();

export const forcedColorsCommand = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await sessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};
