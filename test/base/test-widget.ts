// A minimal concrete widget, to test what the base gives every widget.
import { html } from 'lit';
import { AncrageElement } from '../../src/base/ancrage-element.js';
import { defineElement } from '../../src/base/define.js';
import type { Feed } from '../../src/feed/types.js';
import { cardsMessages, type CardsMessages } from '../../src/i18n/index.js';

export class TestWidget extends AncrageElement<CardsMessages> {
  protected readonly messages = cardsMessages;

  protected renderContent(feed: Feed) {
    const projects = feed.projects.filter((p) => this.inScope(p));
    return html`<ul>
      ${projects.map((p) => html`<li>${this.textSpan(p.title)}</li>`)}
    </ul>`;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.projects.some((p) => this.inScope(p));
  }

  protected emptyMessage(): string {
    return this.t.cards.empty;
  }
}

defineElement('test-widget', TestWidget);
