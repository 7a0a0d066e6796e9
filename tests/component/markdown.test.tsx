import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../src/features/chat/Markdown';

describe('Markdown component', () => {
  it('shows text that formats to nothing (a lone link definition) as written, with no link', () => {
    const source = '[test]: javascript:__xss(1)';
    const { container } = render(<Markdown source={source} />);
    expect(screen.getByText(source)).toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
  });

  it('formats ordinary Markdown and keeps a rule-only reply', () => {
    const { container } = render(<Markdown source={'**bold**\n\n---'} />);
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(container.querySelector('hr')).not.toBeNull();
  });
});
