/** The tree workload over assistant-ui's MessageRepository (vendored, MIT), for comparison. */
import { MessageRepository } from './vendor/assistant-ui-message-repository.js';
import { message, type TreeAdapter } from './treeAdapter';

interface Repository {
  addOrUpdateMessage(parentId: string | null, message: unknown): void;
  getMessage(id: string): { parentId: string | null; message: object };
  getMessages(): readonly { id: string }[];
  switchToBranch(id: string): void;
  export(): unknown;
  import(data: unknown): void;
}

const Repo = MessageRepository as new () => Repository;
let repo = new Repo();

export const assistantUiAdapter: TreeAdapter = {
  name: 'assistant-ui',
  reset: () => void (repo = new Repo()),
  add: (parentId, id, text) => repo.addOrUpdateMessage(parentId, message(parentId, id, text)),
  switchTo: (id) => repo.switchToBranch(id),
  thread: () => repo.getMessages(),
  // assistant-ui streams by putting the updated message in place under the same parent.
  setText: (id, text) => {
    const { parentId, message: current } = repo.getMessage(id);
    repo.addOrUpdateMessage(parentId, { ...current, text });
  },
  exportAll: () => repo.export(),
  importAll: (data) => {
    repo = new Repo();
    repo.import(data);
  },
};
