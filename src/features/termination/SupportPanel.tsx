import { useId, useState } from 'react';
import { useCopy } from '../shared/copyDeck';
import { useChat, useSettings } from '../../store/react';
import { selectRiskPath } from '../../store/selectors';
import { supportLineParts } from './supportLinks';
import { useSupportPanelPrefs } from './supportPanelPrefs';

/**
 * Crisis resources; once a risk signal appears on the path, shown for the rest of
 * it. Compact by default (the first resource, one tap to call or text), with the
 * rest a tap away; collapsible to a slim bar, remembered per conversation. It sits
 * in the column between the thread and the composer, so it never covers either.
 */
export function SupportPanel() {
  const risk = useChat(selectRiskPath);
  const conversationId = useChat((s) => s.activeId);
  // Keyed by conversation: each opens as that conversation left it.
  return risk ? <SupportPanelBody key={conversationId} conversationId={conversationId} /> : null;
}

function SupportPanelBody({ conversationId }: { conversationId: string | null }) {
  const lines = useSettings((s) => s.supportLines);
  const prefs = useSupportPanelPrefs();
  const [collapsed, setCollapsed] = useState(() => prefs.isCollapsed(conversationId));
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const t = useCopy();
  const collapse = (value: boolean) => {
    setCollapsed(value);
    prefs.rememberCollapsed(conversationId, value);
  };
  const [first, ...rest] = lines;
  return (
    <section
      className={`support-panel${collapsed ? ' collapsed' : ''}`}
      aria-label={t('support.label')}
    >
      {collapsed ? (
        <button type="button" className="support-toggle" onClick={() => collapse(false)}>
          {t('support.show')}
        </button>
      ) : (
        <>
          <div className="support-lead">
            <p>
              <strong>{t('support.lead')}</strong> {first ? supportLineParts(first) : null}
            </p>
            <div className="support-actions">
              {rest.length > 0 && (
                <button
                  type="button"
                  className="text-button"
                  aria-expanded={expanded}
                  aria-controls={listId}
                  onClick={() => setExpanded((e) => !e)}
                >
                  {t(expanded ? 'support.fewer' : 'support.more')}
                </button>
              )}
              <button type="button" className="text-button" onClick={() => collapse(true)}>
                {t('support.hide')}
              </button>
            </div>
          </div>
          {expanded && (
            <ul id={listId}>
              {rest.map((line) => (
                <li key={line}>{supportLineParts(line)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
