/** Issue 28, item 16: a right-to-left override in a title stays inside the title. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConversationTree } from '../../src/domain/tree';
import { ConversationItem } from '../../src/features/conversations/ConversationItem';
import { testStore } from '../helpers';
import { renderWithStores } from './render';

describe('a title with bidi controls', () => {
  it('is isolated, so the app’s own "Ended" badge reads as written', () => {
    const chat = testStore({ hydrated: false });
    const tree = new ConversationTree();
    tree.append({ id: 'u1', role: 'user', text: 'x', createdAt: 1, status: 'done' });
    tree.append({
      id: 'a1',
      role: 'assistant',
      kind: 'end',
      text: 'Ended.',
      createdAt: 2,
      status: 'done',
    });
    tree.endBranchAt('a1', { by: 'policy', reason: 'abuse', at: 3, triggerIds: ['u1'] });
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
