/// <reference lib="webworker" />
/** The guard's worker: classifies messages and reads replies off the page's thread. */
import { readReply } from '../domain/refusal/reader';
import { warmUp } from '../domain/safety/classifier';
import { judge } from '../domain/safety/judge';
import { answer, type GuardRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<GuardRequest>) => {
  void answer(event.data, {
    warm: () => warmUp(() => Promise.resolve()).then(() => undefined),
    classify: judge,
    readReply,
  }).then((response) => scope.postMessage(response));
});
