/**
 * The copy deck in React: components read their words through `useCopy`, and
 * the preview gallery provides an edited deck to see a change live.
 */
import { createContext, Fragment, useCallback, useContext } from 'react';
import { copyText, DEFAULT_DECK, type CopyDeck, type CopyKey, type Slots } from '../../copy/deck';

export const CopyDeckContext = createContext<CopyDeck>(DEFAULT_DECK);

export type CopyFn = (key: CopyKey, slots?: Slots, count?: number) => string;

export function useCopy(): CopyFn {
  const deck = useContext(CopyDeckContext);
  return useCallback<CopyFn>((key, slots, count) => copyText(deck, key, slots, count), [deck]);
}

/** A text with `**bold**` spans, as elements (never as HTML). */
export function RichCopy({ text }: { text: string }) {
  return (
    <>
      {text
        .split('**')
        .map((part, i) =>
          i % 2 === 1 ? <strong key={i}>{part}</strong> : <Fragment key={i}>{part}</Fragment>,
        )}
    </>
  );
}
