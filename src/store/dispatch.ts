/** Every named change a store event makes: the turn's (applyTurnEvent) and the person's (applyPersonEvent). */
import type { TurnEvent } from '../turns/events';
import { applyPersonEvent, type PersonEvent } from './applyPersonEvent';
import { applyTurnEvent } from './applyTurnEvent';
import type { ChatState } from './slices/types';

export type StoreEvent = TurnEvent | PersonEvent;

const isPersonEvent = (event: StoreEvent): event is PersonEvent =>
  event.type === 'message/placed' || event.type === 'branch/shown';

export const applyEvent = (s: ChatState, event: StoreEvent): Partial<ChatState> =>
  isPersonEvent(event) ? applyPersonEvent(s, event) : applyTurnEvent(s, event);

/** Applies one event to the store, named by its type (devtools show it so in development). */
export type Dispatch = (event: StoreEvent) => void;
