/** Issue 28, item 16: a right-to-left override in a title stays inside the title. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConversationItem } from '../../src/features/conversations/ConversationItem';
import { endedTree, testStore } from '../helpers';
import { renderWithStores } from './render';

describe('a title with bidi controls', () => {
  it('is isolated, so the app’s own "Ended" badge reads as written', () => {
    const chat = testStore({ hydrated: false });
    const tree = endedTree();
    const title = '\u202Eevil title';
    chat.getState().hydrate([{ id: 'c1', title, createdAt: 1, updatedAt: 2, tree }], []);
    renderWithStores(<ConversationItem id="c1" onDelete={() => {}} />, { chat });
    const open = screen.getByRole('button', { name: /^\u202Eevil title/ });
    const isolated = open.querySelector('bdi');
    expect(isolated?.textContent).toBe(title);
    const badge = screen.getByText('Ended', { exact: false, selector: '.ended-mark' });
    expect(isolated!.contains(badge)).toBe(false);
  });
});
