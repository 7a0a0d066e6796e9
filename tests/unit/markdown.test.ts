import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/features/chat/markdown';

function render(source: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = renderMarkdown(source);
  return el;
}

const hostile = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(1)>',
  '[click](javascript:__xss(1))',
  '[click](JaVaScRiPt:__xss(1))',
  '[click](&#106;avascript:__xss(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg==)',
  '![img](javascript:__xss(1))',
  '<div onclick="__xss(1)">raw html block</div>',
  '<a href="javascript:__xss(1)">raw link</a>',
  '<iframe src="javascript:__xss(1)"></iframe>',
  '<svg onload=__xss(1)>',
  '[ref]\n\n[ref]: javascript:__xss(1)',
  '<javascript:__xss(1)>',
  '```html\n<script>__xss(1)</script>\n```',
];

describe('Markdown renderer', () => {
  it('renders GFM: lists, code, tables, strikethrough', () => {
    const el = render(
      '- a\n- b\n\n```ts\nconst x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~',
    );
    expect(el.querySelectorAll('li')).toHaveLength(2);
    expect(el.querySelector('pre code')?.textContent).toContain('const x = 1;');
    expect(el.querySelector('table td')?.textContent).toBe('1');
    expect(el.querySelector('del')?.textContent).toBe('gone');
  });

  it('opens external links in a new tab without an opener', () => {
    const a = render('[site](https://example.com)').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.com');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  for (const payload of hostile) {
    it(`leaves nothing live in ${JSON.stringify(payload).slice(0, 50)}`, () => {
      const el = render(payload);
      for (const node of el.querySelectorAll('*')) {
        expect(['SCRIPT', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'IMG', 'DIV']).not.toContain(
          node.tagName,
        );
        for (const attr of node.attributes) {
          expect(attr.name.startsWith('on')).toBe(false);
          expect(attr.value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        }
      }
      // Hostile markup is shown as text, not dropped.
      if (payload.startsWith('<') && !payload.startsWith('<javascript'))
        expect(el.textContent).toContain('__xss');
    });
  }
});
