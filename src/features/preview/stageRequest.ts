/** From a frame's link to the world it shows: a gallery state, or a turn of the player. */
import type { CopyDeck } from '../../copy/deck';
import type { Controls } from './controls';
import { voiceKey } from './deckStore';
import { scriptOf } from './playerScripts';
import { scenarioById } from './scenarios';
import type { StageRequest } from './Stage';
import { createWorld } from './world';
import type { WorldRequest } from './worlds';

export function stageRequest(id: string, c: Controls, deck: CopyDeck): StageRequest | null {
  // Everything a world is built from is in its key: a change of any of them builds anew.
  const from = `${JSON.stringify(c.policy)}:${voiceKey(deck)}`;
  if (id === 'player') {
    const script = scriptOf(c.script);
    const turn = Math.min(c.turn, script.turns.length);
    const atTurn = (t: number): WorldRequest => ({
      key: `player:${c.script}:${t}:${from}`,
      make: async () => {
        const world = createWorld(c.policy, 'local', deck);
        for (const text of script.turns.slice(0, t)) await world.send(text);
        return world;
      },
    });
    const next = [turn + 1, turn - 1].filter((t) => t >= 0 && t <= script.turns.length);
    return { ...atTurn(turn), next: next.map(atTurn) };
  }
  const scenario = scenarioById(id);
  if (!scenario) return null;
  return {
    key: `state:${id}:${from}`,
    make: async () => {
      const world = createWorld(c.policy, scenario.feedback, deck);
      await scenario.setup(world);
      return world;
    },
    interact: scenario.interact,
    connectionFails: scenario.connectionFails,
  };
}
