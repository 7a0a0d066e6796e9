import { lazy, Suspense, useCallback, useState } from 'react';
import { ChatScreen } from '../features/chat/ChatScreen';
import { Notices } from '../features/chat/Notices';
import { ExportMenu } from '../features/conversations/ExportMenu';
import { Sidebar } from '../features/conversations/Sidebar';
import { Icon } from '../features/shared/icons';
import { SettingsOpenerContext } from '../features/shared/settingsOpener';
import { useChat } from '../store/react';
import { own } from '../domain/own';

const SettingsDialog = lazy(() => import('../features/settings/SettingsDialog'));

export function App() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  // Saving closes the dialog; this says it worked to someone who cannot see it.
  const [settingsStatus, setSettingsStatus] = useState('');
  const openSettings = useCallback(() => {
    setSettingsStatus('');
    setSettingsOpen(true);
  }, []);
  const title = useChat(
    (s) => (s.activeId ? own(s.conversations, s.activeId)?.title : undefined) ?? 'Parley',
  );

  return (
    <div className="app-frame">
      <div className={`app${menuOpen ? ' menu-open' : ''}`}>
        <header className="app-bar">
          <button
            type="button"
            className="icon-button menu-toggle"
            aria-label="Conversations menu"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen((o) => !o)}
          >
            <Icon name="menu" />
          </button>
          <h1 className="app-title">
            <bdi>{title}</bdi>
          </h1>
          <a className="text-button wide-only" href="#/preview">
            Preview
          </a>
          <ExportMenu />
          <button type="button" className="text-button" onClick={openSettings}>
            Settings
          </button>
        </header>
        <Sidebar onNavigate={() => setMenuOpen(false)} />
        <main className="main">
          <Notices />
          <SettingsOpenerContext.Provider value={openSettings}>
            <ChatScreen />
          </SettingsOpenerContext.Provider>
        </main>
        {settingsOpen && (
          <Suspense fallback={null}>
            <SettingsDialog
              onClose={() => setSettingsOpen(false)}
              onSaved={() => setSettingsStatus('Settings saved.')}
            />
          </Suspense>
        )}
        <p className="visually-hidden settings-status" role="status">
          {settingsStatus}
        </p>
      </div>
    </div>
  );
}
