import type {RuleDefinition} from '../rule.js';
import {jargon} from './jargon.js';
import {longSentence} from './long-sentence.js';
import {readability} from './readability.js';
import {spelling} from './spelling.js';

/** Every rule, in the order `helder rules` lists them. */
export const allRules: RuleDefinition<any>[] = [readability, longSentence, jargon, spelling];
