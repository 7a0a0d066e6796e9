/**
 * Whether the page's Content-Security-Policy lets it connect to a URL, read from
 * the policy's own meta tag, so a blocked backend gets a message that names the
 * cause instead of a bare network error.
 */
function connectSources(): string[] | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(
    'meta[http-equiv="Content-Security-Policy"]',
  );
  const directive = meta?.content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return directive ? directive.slice(1) : null;
}

function matches(source: string, url: URL): boolean {
  if (source === "'self'") return url.origin === window.location.origin;
  const m = /^(https?):\/\/([^/:]+)(?::(\d+|\*))?$/.exec(source);
  if (!m) return false;
  const [, scheme, host, port] = m;
  if (`${scheme}:` !== url.protocol || host !== url.hostname) return false;
  if (port === '*') return true;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  return (port ?? defaultPort) === (url.port || defaultPort);
}

export function allowedByContentPolicy(target: string): boolean {
  const sources = connectSources();
  if (!sources) return true;
  let url: URL;
  try {
    url = new URL(target, window.location.href);
  } catch {
    return true;
  }
  return sources.some((source) => matches(source, url));
}
