import { memo, useMemo } from 'react';
import { LongText } from './LongText';
import { useMarkdownRenderer } from './markdownLoader';

/**
 * Above this many characters a text is shown as plain text: formatting a
 * megabyte of Markdown on every streamed chunk would freeze the page.
 */
export const FORMAT_LIMIT = 250_000;

const hasVisibleText = (html: string) =>
  /<(hr|input)\b/.test(html) || /\S/.test(html.replace(/<[^>]*>/g, ''));

/** Renders sanitised Markdown; memoised so a finished message never re-parses. */
export const Markdown = memo(function Markdown({ source }: { source: string }) {
  const render = useMarkdownRenderer();
  const html = useMemo(() => {
    if (source.length > FORMAT_LIMIT) return null;
    if (!render) return '';
    const rendered = render(source);
    // Text that formats to nothing visible (say, a lone link definition) is shown as written.
    return hasVisibleText(rendered) || !source.trim() ? rendered : '';
  }, [source, render]);
  if (html === '') return <div className="markdown plain-text">{source}</div>;
  if (html === null) {
    return (
      <div className="markdown">
        <p className="status-note">Shown as plain text: too long to format.</p>
        <div className="plain-text">
          <LongText text={source} />
        </div>
      </div>
    );
  }
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
});
