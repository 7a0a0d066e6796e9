/**
 * The guard on the calling thread: for tests, scripts, and browsers without
 * workers. Its code loads on first use; long pastes are read in slices and the
 * first warm-up runs in slices, so no task holds the page for long.
 */
import type { Guard } from './types';

const load = () =>
  Promise.all([
    import('../domain/safety/judge'),
    import('../domain/safety/classifier'),
    import('../domain/refusal/reader'),
  ]);

export function createLocalGuard(): Guard {
  let warmed: Promise<void> | null = null;
  const warm = () =>
    (warmed ??= load().then(async ([, classifier]) => {
      await classifier.warmUp();
    }));
  return {
    warm,
    async classify(text, context) {
      await warm();
      const [judge] = await load();
      return judge.judgeInSlices(text, context);
    },
    async readReply(text) {
      const [, , reader] = await load();
      return reader.readReply(text);
    },
  };
}
