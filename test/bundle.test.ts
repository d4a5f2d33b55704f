// The built file a town hall links (`npm test` builds it first).
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['ancrage-project-cards', 'ancrage-partner-list', 'ancrage-budget-gauge'];

describe('dist/ancrage.js', () => {
  it('registers every widget and loads twice in one page without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import('/dist/ancrage.js' as string);
    // A second copy: another module instance, as when a theme and a content block both paste the snippet.
    await import('/dist/ancrage.js?second-copy' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the example feed from the built bundle', async () => {
    await import('/dist/ancrage.js' as string);
    document.body.insertAdjacentHTML(
      'beforeend',
      TAGS.map((tag) => `<${tag} feed="/stories/demo/example-feed.json" publisher="belleval"></${tag}>`).join(''),
    );
    const widgets = TAGS.map((tag) => document.querySelector(tag) as HTMLElement & { state: string });
    await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'every widget ready', { timeout: 5000 });
    widgets.forEach((el) => el.remove());
  });

  it('exports parseFeed, so a page can check a feed with the file it links', async () => {
    const { parseFeed } = await import('/dist/ancrage.js' as string);
    const result = parseFeed({ version: '1.0', publishers: [{ id: 'belleval', name: 'Belleval', kind: 'commune' }], projects: 3 });
    expect(result.ok).to.be.true;
    expect(result.warnings).to.deep.equal([{ path: 'projects', message: result.warnings[0].message }]);
    expect(parseFeed([]).ok).to.be.false;
  });
});
