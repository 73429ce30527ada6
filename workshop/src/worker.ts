// The engine in a Web Worker, so typing in the workshop page never waits for a check.
// Spelling needs ~3.5 MB of dictionaries (fetched from ./dictionaries/ beside this bundle): checks
// run without it until it is loaded, then the page is told to check again with it.
import {createChecker, fetchDictionaryLoader, levelBands, loadSpelling, type CheckCache, type Checker, type Report} from '../../lint-rules/index.js';

/** Which text a check is for: the current text or the kept 'before' version. Each has its own cache. */
export type DocumentName = 'now' | 'before';

export interface CheckRequest {
  id: number;
  document: DocumentName;
  text: string;
}

export type WorkerMessage =
  | {type: 'ready'; rules: {id: string; title: string}[]; bands: {min: number; code: string; label: string}[]}
  | {type: 'spelling'; loaded: boolean}
  | {type: 'report'; id: number; document: DocumentName; report: Report}
  | {type: 'error'; id: number; document: DocumentName; message: string};

const scope = globalThis as unknown as {postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; location: Location};

let checker: Checker = createChecker();
// A cache belongs to one checker and one text: a re-check after typing costs about what the changed paragraph costs.
let caches = new Map<DocumentName, CheckCache>();

scope.postMessage({
  type: 'ready',
  rules: checker.rules.map(({id, title}) => ({id, title})),
  bands: levelBands.map(({min, estimate}) => ({min, code: estimate.code, label: estimate.label})),
});

loadSpelling(fetchDictionaryLoader(new URL('./dictionaries/', scope.location.href)))
  .then((spelling) => {
    checker = createChecker({spelling});
    caches = new Map();
    scope.postMessage({type: 'spelling', loaded: true});
  })
  .catch(() => scope.postMessage({type: 'spelling', loaded: false}));

scope.onmessage = ({data}) => {
  try {
    let cache = caches.get(data.document);
    if (!cache) caches.set(data.document, (cache = checker.createCache()));
    scope.postMessage({type: 'report', id: data.id, document: data.document, report: checker.check(data.text, {cache, bySentence: true})});
  } catch (error) {
    scope.postMessage({type: 'error', id: data.id, document: data.document, message: (error as Error).message});
  }
};
