import { memo, useMemo } from 'react';
import { renderMarkdown } from './markdown';

/** Renders sanitised Markdown; memoised so a finished message never re-parses. */
export const Markdown = memo(function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
});
