/** What the store refused or could not do, said once; and records set aside on load. */
import type { StateCreator } from 'zustand/vanilla';
import type { ChatStoreState, NoticesSlice } from './types';

let noticeSeq = 0;

/** Shows `text` as the current notice (a new id each time, so the same words are announced again). */
export const noticeOf = (text: string) => ({ notice: { id: (noticeSeq += 1), text } });

export const createNoticesSlice: StateCreator<ChatStoreState, [], [], NoticesSlice> = (set) => ({
  notice: null,
  setAside: [],
  dismissNotice: () => set({ notice: null }),
  announce: (text) => set(noticeOf(text)),
});
