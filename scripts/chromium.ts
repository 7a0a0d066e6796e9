import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROME_PATH names. Never a downloaded build. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error(
      'No Chromium found. Set CHROME_PATH, or on Debian/Ubuntu run: sudo apt-get install -y chromium',
    );
  }
  return found;
}
