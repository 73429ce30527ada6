import type {RuleDefinition} from '../rule.js';
import {abbreviation} from './abbreviation.js';
import {clamp} from './clamp.js';
import {equality, intensify, simplify} from './english-only.js';
import {jargon} from './jargon.js';
import {longSentence} from './long-sentence.js';
import {longWord} from './long-word.js';
import {negation} from './negation.js';
import {nominalization} from './nominalization.js';
import {paragraph} from './paragraph.js';
import {passive} from './passive.js';
import {readability} from './readability.js';
import {readerAddress} from './reader-address.js';
import {spelling} from './spelling.js';
import {vague} from './vague.js';

/** Every rule, in the order `helder rules` lists them. */
export const allRules: RuleDefinition<any>[] = [
  readability,
  longSentence,
  paragraph,
  longWord,
  jargon,
  vague,
  abbreviation,
  nominalization,
  passive,
  clamp,
  negation,
  readerAddress,
  spelling,
  simplify,
  equality,
  intensify,
];
