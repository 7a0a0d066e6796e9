import { memo, useMemo } from 'react';
import { LongText } from './LongText';
import { renderMarkdown } from './markdown';

/**
 * Above this many characters a text is shown as plain text: formatting a
 * megabyte of Markdown on every streamed chunk would freeze the page.
 */
export const FORMAT_LIMIT = 250_000;

/** Renders sanitised Markdown; memoised so a finished message never re-parses. */
export const Markdown = memo(function Markdown({ source }: { source: string }) {
  const html = useMemo(
    () => (source.length > FORMAT_LIMIT ? null : renderMarkdown(source)),
    [source],
  );
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
