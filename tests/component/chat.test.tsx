import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChatScreen } from '../../src/features/chat/ChatScreen';
import { selectPathIds } from '../../src/store/selectors';
import { heldGuard, scriptedAssistant, testStore } from '../helpers';
import { renderWithStores } from './render';

const messages = () => screen.getAllByRole('article');
/** Resolves once no reply is streaming (Stop gone, Send back). */
const replyDone = () =>
  waitFor(() => expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull(), {
    timeout: 5000,
  });

describe('composer', () => {
  it('sends with Enter, adds a line with Shift+Enter, and never sends blank input', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await user.type(box, '   ');
    expect(send).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await user.clear(box);
    await user.type(box, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(box).toHaveValue('line one\nline two');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(messages()).toHaveLength(2));
    expect(within(messages()[0]!).getByText(/line one\s+line two/)).toBeTruthy();
    expect(box).toHaveValue('');
  });

  it('turns Send into Stop while streaming; Stop keeps the partial reply marked stopped', async () => {
    const user = userEvent.setup();
    const { assistant } = scriptedAssistant([{ type: 'text', text: 'Half a thought' }], true);
    renderWithStores(<ChatScreen />, { chat: testStore({ assistant }) });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    const stop = await screen.findByRole('button', { name: 'Stop' });
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    await screen.findByText('Half a thought');
    await user.click(stop);
    await screen.findByText('Stopped');
    expect(screen.getByText('Half a thought')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });
});

describe('composer while the message is still being judged', () => {
  // Issue 35: after a reload the guard's worker starts cold, so a saved edit can wait
  // on its verdict with no reply node yet. The composer offered Send then, and the
  // store refused the message it accepted.
  it('shows Stop from the moment a message is placed, and Enter keeps the typed text', async () => {
    const user = userEvent.setup();
    const held = heldGuard();
    const { chat } = renderWithStores(<ChatScreen />, { chat: testStore({ guard: held.guard }) });
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'hello{Enter}');
    await waitFor(() => expect(held.held()).toBe(1));
    expect(messages()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();

    await user.type(box, 'thanks{Enter}');
    expect(box).toHaveValue('thanks');
    expect(screen.getByText('Wait for the reply, or press Stop.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(chat.getState().notice).toBeNull();
    held.release();
    await replyDone();
    expect(messages()).toHaveLength(2);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(held.held()).toBe(1));
    held.release();
    await waitFor(() => expect(messages()).toHaveLength(4));
    expect(messages()[2]).toHaveTextContent('thanks');
  });

  it('edits and branch arrows wait too, and Stop before the reply stops it as it begins', async () => {
    const user = userEvent.setup();
    const held = heldGuard();
    renderWithStores(<ChatScreen />, { chat: testStore({ guard: held.guard }) });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    await waitFor(() => expect(held.held()).toBe(1));
    expect(within(messages()[0]!).getByRole('button', { name: 'Edit' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    held.release();
    await screen.findByText('Stopped');
    expect(messages()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });
});

describe('composer across conversations', () => {
  it('sends in another conversation while the first one is still replying', async () => {
    const user = userEvent.setup();
    const { assistant } = scriptedAssistant([{ type: 'text', text: 'Still thinking' }], true);
    const { chat } = renderWithStores(<ChatScreen />, { chat: testStore({ assistant }) });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'first{Enter}');
    await screen.findByRole('button', { name: 'Stop' });
    act(() => void chat.getState().newConversation());
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'second{Enter}');
    await waitFor(() => expect(screen.getAllByRole('article')[0]).toHaveTextContent('second'));
    chat.getState().stop();
  });
});

describe('message actions and branch picker', () => {
  it('edits a message into a new branch and flips between branches', async () => {
    const user = userEvent.setup();
    const { chat } = renderWithStores(<ChatScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    await waitFor(() => expect(messages()).toHaveLength(2));
    await replyDone();
    const first = messages()[0]!;
    await user.click(within(first).getByRole('button', { name: 'Edit' }));
    const editor = screen.getByRole('textbox', { name: 'Edit message' });
    expect(editor).toHaveValue('hello');
    await user.clear(editor);
    await user.type(editor, 'what can you do?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(messages()[0]!).getByText('2 / 2')).toBeTruthy());
    await replyDone();
    expect(within(messages()[1]!).getByText(/Here's what you can try/)).toBeTruthy();

    await user.click(within(messages()[0]!).getByRole('button', { name: 'Previous branch' }));
    expect(within(messages()[0]!).getByText('1 / 2')).toBeTruthy();
    expect(within(messages()[0]!).getByText('hello')).toBeTruthy();
    expect(within(messages()[0]!).getByRole('button', { name: 'Previous branch' })).toBeDisabled();
    expect(selectPathIds(chat.getState())).toHaveLength(2);
  });

  it('cancels an edit without a branch', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    await waitFor(() => expect(messages()).toHaveLength(2));
    await replyDone();
    await user.click(within(messages()[0]!).getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Branches' })).toBeNull();
  });

  it('regenerates a reply as a second branch of the answer', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello{Enter}');
    await waitFor(() => expect(messages()).toHaveLength(2));
    await replyDone();
    await user.click(within(messages()[1]!).getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(within(messages()[1]!).getByText('2 / 2')).toBeTruthy());
    await replyDone();
    expect(within(messages()[1]!).getByRole('button', { name: 'Copy' })).toBeTruthy();
  });
});
