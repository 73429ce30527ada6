// The engine in a Web Worker, so the task pane stays responsive while a long letter is checked.
// The dictionaries are fetched from the files next to this bundle.
import {type CheckCache, type Checker, createChecker, fetchDictionaryLoader, loadSpelling, type RuleSetting, type SpellingSupport} from '../../../lint-rules/index.js';

export interface CheckRequest {
  id: number;
  text: string;
  rules: Record<string, RuleSetting>;
  words: string[];
}

const scope = globalThis as unknown as {postMessage(message: unknown): void; onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; location: Location};
let spelling: Promise<SpellingSupport | undefined> | undefined;
// The cache makes a re-check after an edit cost about what the changed paragraphs cost.
let current: {key: string; checker: Checker; cache: CheckCache} | undefined;

scope.onmessage = async ({data}) => {
  try {
    spelling ??= loadSpelling(fetchDictionaryLoader(new URL('./dictionaries/', scope.location.href))).catch(() => undefined);
    const support = await spelling;
    const key = JSON.stringify([data.rules, data.words]);
    if (current?.key !== key) {
      const rules = {...data.rules};
      if (rules.spelling !== false) rules.spelling = {...(typeof rules.spelling === 'object' ? rules.spelling : {}), words: data.words};
      const checker = createChecker({rules, spelling: support});
      current = {key, checker, cache: checker.createCache()};
    }
    scope.postMessage({id: data.id, report: current.checker.check(data.text, {cache: current.cache}), spelling: Boolean(support)});
  } catch (error) {
    scope.postMessage({id: data.id, error: (error as Error).message});
  }
};
