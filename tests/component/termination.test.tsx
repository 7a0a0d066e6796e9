import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChatScreen } from '../../src/features/chat/ChatScreen';
import { selectEndingNode } from '../../src/store/selectors';
import { testStore } from '../helpers';
import { renderWithStores } from './render';

const harmful = 'How do I make a pipe bomb?';

async function endedStore() {
  const chat = testStore();
  await chat.getState().send('hello');
  for (let i = 0; i < 4; i += 1) await chat.getState().send(harmful);
  return chat;
}

describe('termination notice', () => {
  it('replaces the composer, says why, and lists the turns that led to it; a stored end takes no focus', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />, { chat: await endedStore() });
    const heading = screen.getByRole('heading', { name: 'This conversation has ended' });
    // Loaded, not live: nothing is outlined and nothing is announced.
    expect(heading).not.toHaveFocus();
    expect(document.querySelector('.live-assertive')).toHaveTextContent('');
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(screen.getByText(/repeated requests for harmful content/)).toBeInTheDocument();
    await user.click(screen.getByText('Why?'));
    expect(screen.getAllByRole('link', { name: /pipe bomb/ })).toHaveLength(4);
  });

  it('announces refusals and the warning politely and the end assertively, each once; a live end takes focus', async () => {
    const user = userEvent.setup();
    const chat = testStore();
    await chat.getState().send('hello');
    renderWithStores(<ChatScreen />, { chat });
    const polite = screen
      .getAllByRole('status')
      .find((el) => el.getAttribute('aria-live') === 'polite')!;
    const assertive = document.querySelector<HTMLElement>('.live-assertive')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      for (const region of [polite, assertive])
        if (region.textContent && heard.at(-1) !== region.textContent)
          heard.push(region.textContent);
    });
    for (const region of [polite, assertive])
      observer.observe(region, { childList: true, characterData: true, subtree: true });

    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, `${harmful}{Enter}`);
    await waitFor(() => expect(polite).toHaveTextContent('The assistant declined this request.'));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), `${harmful}{Enter}`);
    await waitFor(() => expect(polite).toHaveTextContent('The assistant declined again.'));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), `${harmful}{Enter}`);
    await waitFor(() => expect(polite).toHaveTextContent(/^Warning: /));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), `${harmful}{Enter}`);
    await waitFor(() => expect(assertive).toHaveTextContent(/^This conversation has ended/));
    expect(screen.getByRole('heading', { name: 'This conversation has ended' })).toHaveFocus();
    observer.disconnect();
    const spoken = heard.filter((t) => t !== 'The assistant is replying.');
    expect(spoken.filter((t) => t.startsWith('Warning:'))).toHaveLength(1);
    expect(spoken.filter((t) => t.startsWith('This conversation has ended'))).toHaveLength(1);
    expect(spoken.filter((t) => t.startsWith('The assistant declined'))).toHaveLength(2);
  });

  it('Start new chat opens an empty conversation with the composer', async () => {
    const user = userEvent.setup();
    const { chat } = renderWithStores(<ChatScreen />, { chat: await endedStore() });
    const before = chat.getState().activeId;
    await user.click(screen.getByRole('button', { name: 'Start new chat' }));
    expect(chat.getState().activeId).not.toBe(before);
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
  });

  it('Branch from an earlier message: choose, edit, and get a live branch; Escape leaves the mode', async () => {
    const user = userEvent.setup();
    const { chat } = renderWithStores(<ChatScreen />, { chat: await endedStore() });
    await user.click(screen.getByRole('button', { name: 'Branch from an earlier message' }));
    const offers = screen.getAllByRole('button', { name: 'Branch from here' });
    expect(offers).toHaveLength(5);
    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('button', { name: 'Branch from here' })).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Branch from an earlier message' }));
    await user.click(screen.getAllByRole('button', { name: 'Branch from here' })[1]!);
    const editor = screen.getByRole('textbox', { name: 'Edit message' });
    expect(editor).toHaveValue(harmful);
    await user.clear(editor);
    await user.type(editor, 'What can you do?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('textbox', { name: 'Message' });
    expect(selectEndingNode(chat.getState())).toBeNull();
    const articles = screen.getAllByRole('article');
    expect(within(articles[2]!).getByText('2 / 2')).toBeInTheDocument();
  });

  it('feedback dialog: thumbs, reasons, comment counter, and "Saved" without a URL', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />, { chat: await endedStore() });
    await user.click(screen.getByRole('button', { name: 'Give feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Give feedback' });
    const submit = within(dialog).getByRole('button', { name: 'Submit' });
    expect(submit).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Thumbs down' }));
    expect(within(dialog).getByRole('button', { name: 'Thumbs down' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const reason of [
      'My request was safe',
      'Ended too early',
      'The warning was unclear',
      'Other',
    ]) {
      expect(within(dialog).getByRole('checkbox', { name: reason })).toBeInTheDocument();
    }
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ended too early' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Comment (optional)' }),
      'Too fast',
    );
    expect(within(dialog).getByText('8 / 5,000')).toBeInTheDocument();
    await user.click(submit);
    await within(dialog).findByText(/Saved on this device/);
    expect(within(dialog).queryByRole('button', { name: 'Submit' })).toBeNull();
  });

  it('feedback dialog: a paste over the limit keeps 5,000 characters and says how much was left out', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />, { chat: await endedStore() });
    await user.click(screen.getByRole('button', { name: 'Give feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Give feedback' });
    const box = within(dialog).getByRole('textbox', { name: 'Comment (optional)' });
    await user.click(box);
    await user.paste('a'.repeat(4_100));
    expect(within(dialog).getByText(/4,100 \/ 5,000 · 900 characters left/)).toBeInTheDocument();
    await user.paste('b'.repeat(3_000));
    expect((box as HTMLTextAreaElement).value).toHaveLength(5_000);
    expect(
      within(dialog).getByText(
        'The comment is limited to 5,000 characters: the last 2,100 were left out.',
      ),
    ).toBeInTheDocument();
  });

  it('feedback dialog: "Sent" with a URL, once, however often Submit is pressed', async () => {
    const user = userEvent.setup();
    const fetcher = vi.fn(async () => new Response('{}', { status: 200 }));
    renderWithStores(<ChatScreen />, {
      chat: await endedStore(),
      fetcher,
      feedbackUrl: 'http://127.0.0.1:9/fb',
    });
    await user.click(screen.getByRole('button', { name: 'Give feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Give feedback' });
    await user.click(within(dialog).getByRole('button', { name: 'Thumbs up' }));
    const submit = within(dialog).getByRole('button', { name: 'Submit' });
    await user.dblClick(submit);
    await within(dialog).findByText(/^Sent/);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('feedback dialog: queued offline, and "Could not send — Retry" on a server error', async () => {
    const user = userEvent.setup();
    renderWithStores(<ChatScreen />, {
      chat: await endedStore(),
      feedbackUrl: 'http://127.0.0.1:9/fb',
      online: () => false,
    });
    await user.click(screen.getByRole('button', { name: 'Give feedback' }));
    let dialog = await screen.findByRole('dialog', { name: 'Give feedback' });
    await user.click(within(dialog).getByRole('button', { name: 'Thumbs up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await within(dialog).findByText('Saved, will send when online.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    const failing = vi.fn(async () => new Response('', { status: 503 }));
    const { unmount } = renderWithStores(<ChatScreen />, {
      chat: await endedStore(),
      fetcher: failing,
      feedbackUrl: 'http://127.0.0.1:9/fb',
    });
    const buttons = screen.getAllByRole('button', { name: 'Give feedback' });
    await user.click(buttons[buttons.length - 1]!);
    dialog = await screen.findByRole('dialog', { name: 'Give feedback' });
    await user.click(within(dialog).getByRole('button', { name: 'Thumbs down' }));
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await within(dialog).findByText('Could not send — Retry');
    expect(within(dialog).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    unmount();
  });

  it('thumbs on a reply show their pressed state once rated', async () => {
    const user = userEvent.setup();
    const chat = testStore();
    await chat.getState().send('hello');
    renderWithStores(<ChatScreen />, { chat });
    const reply = screen.getAllByRole('article')[1]!;
    await user.click(within(reply).getByRole('button', { name: 'Good reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Feedback on this reply' });
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await within(dialog).findByText(/Saved on this device/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(within(reply).getByRole('button', { name: 'Good reply' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(within(reply).getByRole('button', { name: 'Bad reply' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('support panel', () => {
  it('appears on a risk path and stays, compact, with one tap to call or text, even after abuse and an end request', async () => {
    const user = userEvent.setup();
    const chat = testStore();
    for (const t of [
      'I want to end my life',
      'You are useless',
      'End this conversation',
      'Yes',
      'Fuck you',
      'Shut up',
    ]) {
      await chat.getState().send(t);
    }
    renderWithStores(<ChatScreen />, { chat });
    const panel = screen.getByRole('region', { name: 'Support resources' });
    expect(within(panel).getByRole('link', { name: 'Call 988' })).toHaveAttribute(
      'href',
      'tel:988',
    );
    expect(within(panel).getByRole('link', { name: 'Text 988' })).toHaveAttribute(
      'href',
      'sms:988',
    );
    // Compact: the other resources wait behind one toggle.
    expect(within(panel).queryByRole('link', { name: 'findahelpline.com' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'More resources' }));
    expect(within(panel).getByRole('link', { name: 'findahelpline.com' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(within(panel).getByRole('link', { name: 'Text HOME to 741741' })).toHaveAttribute(
      'href',
      'sms:741741?&body=HOME',
    );
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This conversation has ended' })).toBeNull();
  });

  it('collapses to a slim bar, remembered for that conversation only', async () => {
    const user = userEvent.setup();
    const chat = testStore();
    await chat.getState().send('I want to kill myself');
    const first = chat.getState().activeId!;
    const { unmount } = renderWithStores(<ChatScreen />, { chat });
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.queryByRole('link', { name: 'Call 988' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Support resources: show' })).toBeInTheDocument();
    unmount();

    // Reopened: still collapsed. Another conversation on a risk path opens it in full.
    renderWithStores(<ChatScreen />, { chat });
    expect(screen.getByRole('button', { name: 'Support resources: show' })).toBeInTheDocument();
    act(() => void chat.getState().newConversation());
    await act(() => chat.getState().send('I want to die'));
    expect(screen.getByRole('link', { name: 'Call 988' })).toBeInTheDocument();
    act(() => chat.getState().select(first));
    await user.click(screen.getByRole('button', { name: 'Support resources: show' }));
    expect(screen.getByRole('link', { name: 'Call 988' })).toBeInTheDocument();
  });

  it('shows the resources configured in Settings', async () => {
    const chat = testStore();
    await chat.getState().send('I want to kill myself');
    const { settings } = renderWithStores(<ChatScreen />, { chat });
    act(() => void settings.getState().update({ supportLines: ['Samaritans (UK): call 116 123'] }));
    const panel = screen.getByRole('region', { name: 'Support resources' });
    expect(within(panel).getByText(/Samaritans \(UK\): call/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
  });

  it('is absent on an ordinary chat', async () => {
    const chat = testStore();
    await chat.getState().send('hello');
    renderWithStores(<ChatScreen />, { chat });
    expect(screen.queryByRole('region', { name: 'Support resources' })).toBeNull();
  });
});

describe('the end confirmed by a control', () => {
  const question = () => screen.findByRole('group', { name: 'End this conversation?' });

  it('Keep chatting keeps the chat open and gives focus back to the message box; End this chat ends it', async () => {
    const user = userEvent.setup();
    const { chat } = renderWithStores(<ChatScreen />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'please end this chat{Enter}');
    const group = await question();
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite'),
      ).toHaveTextContent('The assistant asks whether to end this conversation'),
    );
    await user.click(within(group).getByRole('button', { name: 'Keep chatting' }));
    await waitFor(() =>
      expect(screen.getAllByRole('article')[3]).toHaveTextContent(/stays open|keep going/),
    );
    expect(screen.getAllByRole('article')[2]).toHaveTextContent('Keep chatting');
    expect(screen.queryByRole('group', { name: 'End this conversation?' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus();
    expect(selectEndingNode(chat.getState())).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'end this chat{Enter}');
    await user.click(within(await question()).getByRole('button', { name: 'End this chat' }));
    const heading = await screen.findByRole('heading', { name: 'This conversation has ended' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(selectEndingNode(chat.getState())?.ending).toMatchObject({
      by: 'user',
      reason: 'user_request',
      confirmedBy: 'control',
    });
    expect(screen.getAllByRole('article')[6]).toHaveTextContent('End this chat');
  });

  it('the buttons are reached by keyboard, and a typed yes works as well', async () => {
    const user = userEvent.setup();
    const { chat } = renderWithStores(<ChatScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'close this chat{Enter}');
    const group = await question();
    const end = within(group).getByRole('button', { name: 'End this chat' });
    end.focus();
    await user.tab();
    expect(within(group).getByRole('button', { name: 'Keep chatting' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'sure, go ahead{Enter}');
    await screen.findByRole('heading', { name: 'This conversation has ended' });
    expect(selectEndingNode(chat.getState())?.ending?.confirmedBy).toBe('words');
  });
});
