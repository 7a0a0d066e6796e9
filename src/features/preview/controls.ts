/** The preview's controls, kept in the URL so a link reproduces exactly what a designer saw. */
import {
  DEFAULT_POLICY,
  validatePolicy,
  type PolicyConfig,
} from '../../domain/safety/policyConfig';
import { DEFAULT_NOTICE_COPY } from '../termination/copy';

export const WIDTHS = [360, 768, 1280] as const;
export type Width = (typeof WIDTHS)[number];

export interface Controls {
  readonly theme: 'light' | 'dark';
  readonly width: Width;
  readonly reducedMotion: boolean;
  readonly heading: string;
  readonly reason: string;
  readonly policy: PolicyConfig;
}

export const DEFAULT_CONTROLS: Controls = {
  theme: 'light',
  width: 1280,
  reducedMotion: false,
  heading: DEFAULT_NOTICE_COPY.heading,
  reason: '',
  policy: DEFAULT_POLICY,
};

/** "#/preview/ended-by-policy?theme=dark" → the scenario id and the controls. */
export function parsePreviewHash(hash: string): { id: string; controls: Controls } {
  const [path = '', query = ''] = hash.replace(/^#\/preview\/?/, '').split('?');
  const p = new URLSearchParams(query);
  const width = Number(p.get('width'));
  const policy = {
    refusalsBeforeWarning: Number(p.get('refusals') ?? DEFAULT_POLICY.refusalsBeforeWarning),
    strikesAfterWarning: Number(p.get('after') ?? DEFAULT_POLICY.strikesAfterWarning),
    warningEnabled: p.get('warn') !== '0',
    refusalsBeforeEnd: DEFAULT_POLICY.refusalsBeforeEnd,
  };
  return {
    id: decodeURIComponent(path),
    controls: {
      theme: p.get('theme') === 'dark' ? 'dark' : 'light',
      width: (WIDTHS as readonly number[]).includes(width)
        ? (width as Width)
        : DEFAULT_CONTROLS.width,
      reducedMotion: p.get('motion') === 'reduce',
      heading: p.get('heading') ?? DEFAULT_CONTROLS.heading,
      reason: p.get('reason') ?? '',
      policy: validatePolicy(policy) ? DEFAULT_POLICY : policy,
    },
  };
}

export function previewHash(id: string, c: Controls): string {
  const p = new URLSearchParams();
  if (c.theme !== DEFAULT_CONTROLS.theme) p.set('theme', c.theme);
  if (c.width !== DEFAULT_CONTROLS.width) p.set('width', String(c.width));
  if (c.reducedMotion) p.set('motion', 'reduce');
  if (c.heading !== DEFAULT_CONTROLS.heading) p.set('heading', c.heading);
  if (c.reason) p.set('reason', c.reason);
  if (c.policy.refusalsBeforeWarning !== DEFAULT_POLICY.refusalsBeforeWarning)
    p.set('refusals', String(c.policy.refusalsBeforeWarning));
  if (c.policy.strikesAfterWarning !== DEFAULT_POLICY.strikesAfterWarning)
    p.set('after', String(c.policy.strikesAfterWarning));
  if (!c.policy.warningEnabled) p.set('warn', '0');
  const query = p.toString();
  return `#/preview/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}
