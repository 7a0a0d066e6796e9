/** The preview's controls, kept in the URL so a link reproduces exactly what a designer saw. */
import {
  DEFAULT_POLICY,
  validatePolicy,
  type PolicyConfig,
} from '../../domain/safety/policyConfig';

export const WIDTHS = [360, 768, 1280] as const;
export type Width = (typeof WIDTHS)[number];
export type Theme = 'light' | 'dark';

/** Side by side: the state in both themes, at two widths, or beside another state. */
export type CompareMode = 'none' | 'themes' | 'widths' | 'states';
export const COMPARE_MODES: readonly CompareMode[] = ['none', 'themes', 'widths', 'states'];

export interface Controls {
  readonly theme: Theme;
  readonly width: Width;
  readonly reducedMotion: boolean;
  readonly policy: PolicyConfig;
  readonly compare: CompareMode;
  /** The second width, when comparing widths. */
  readonly width2: Width;
  /** The second state, when comparing states. */
  readonly other: string;
  /** The player's script and turn. */
  readonly script: string;
  readonly turn: number;
}

export const DEFAULT_CONTROLS: Controls = {
  theme: 'light',
  width: 1280,
  reducedMotion: false,
  policy: DEFAULT_POLICY,
  compare: 'none',
  width2: 360,
  other: '',
  script: 'harmful',
  turn: 0,
};

const widthOf = (value: string | null, fallback: Width): Width => {
  const n = Number(value);
  return (WIDTHS as readonly number[]).includes(n) ? (n as Width) : fallback;
};

/** A malformed escape ("%E0%A4%A") names no state: the raw text is shown as an unknown one. */
function decodedOrRaw(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** "#/preview/ended-by-policy?theme=dark" (or "#/frame/…") → the state's id and the controls. */
export function parsePreviewHash(hash: string): { id: string; controls: Controls } {
  const [path = '', query = ''] = hash.replace(/^#\/(preview|frame)\/?/, '').split('?');
  const p = new URLSearchParams(query);
  const policy = {
    refusalsBeforeWarning: Number(p.get('refusals') ?? DEFAULT_POLICY.refusalsBeforeWarning),
    strikesAfterWarning: Number(p.get('after') ?? DEFAULT_POLICY.strikesAfterWarning),
    warningEnabled: p.get('warn') !== '0',
    refusalsBeforeEnd: DEFAULT_POLICY.refusalsBeforeEnd,
  };
  const compare = p.get('compare') as CompareMode | null;
  const turn = Number(p.get('turn'));
  return {
    id: decodedOrRaw(path),
    controls: {
      theme: p.get('theme') === 'dark' ? 'dark' : 'light',
      width: widthOf(p.get('width'), DEFAULT_CONTROLS.width),
      reducedMotion: p.get('motion') === 'reduce',
      policy: validatePolicy(policy) ? DEFAULT_POLICY : policy,
      compare: compare && COMPARE_MODES.includes(compare) ? compare : 'none',
      width2: widthOf(p.get('width2'), DEFAULT_CONTROLS.width2),
      other: p.get('other') ?? '',
      script: p.get('script') ?? DEFAULT_CONTROLS.script,
      turn: Number.isInteger(turn) && turn > 0 ? turn : 0,
    },
  };
}

function query(c: Controls): string {
  const p = new URLSearchParams();
  const d = DEFAULT_CONTROLS;
  if (c.theme !== d.theme) p.set('theme', c.theme);
  if (c.width !== d.width) p.set('width', String(c.width));
  if (c.reducedMotion) p.set('motion', 'reduce');
  if (c.policy.refusalsBeforeWarning !== DEFAULT_POLICY.refusalsBeforeWarning)
    p.set('refusals', String(c.policy.refusalsBeforeWarning));
  if (c.policy.strikesAfterWarning !== DEFAULT_POLICY.strikesAfterWarning)
    p.set('after', String(c.policy.strikesAfterWarning));
  if (!c.policy.warningEnabled) p.set('warn', '0');
  if (c.compare !== 'none') p.set('compare', c.compare);
  if (c.compare === 'widths') p.set('width2', String(c.width2));
  if (c.compare === 'states' && c.other) p.set('other', c.other);
  if (c.script !== d.script) p.set('script', c.script);
  if (c.turn > 0) p.set('turn', String(c.turn));
  const q = p.toString();
  return q ? `?${q}` : '';
}

export const previewHash = (id: string, c: Controls): string =>
  `#/preview/${encodeURIComponent(id)}${query(c)}`;

/** What one frame shows: the gallery's controls, narrowed to one state, theme and width. */
export const frameHash = (id: string, c: Controls): string =>
  `#/frame/${encodeURIComponent(id)}${query({ ...c, compare: 'none' })}`;

/** The frames the stage shows for these controls, each with its label. */
export function framesOf(id: string, c: Controls): { id: string; controls: Controls }[] {
  switch (c.compare) {
    case 'none':
      return [{ id, controls: c }];
    case 'themes':
      return (['light', 'dark'] as const).map((theme) => ({ id, controls: { ...c, theme } }));
    case 'widths':
      return [c.width, c.width2].map((width) => ({ id, controls: { ...c, width } }));
    case 'states':
      return [id, c.other || id].map((state) => ({ id: state, controls: c }));
  }
}
