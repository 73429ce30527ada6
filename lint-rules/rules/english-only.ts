// Rules that exist only for English text. The English pipeline (english/index.ts) does the
// checking; these definitions give them a place among the rules: an id to switch them off or
// change their severity, a title and description for `helder rules`, and their example.
import {englishRules} from '../english/rules.js';
import type {RuleDefinition} from '../rule.js';

function englishOnly(id: 'simplify' | 'equality' | 'intensify'): RuleDefinition<Record<string, never>> {
  const info = englishRules.find((rule) => rule.id === id)!;
  return {
    id,
    title: info.title,
    description: `${info.description} (Alleen voor Engelse tekst.)`,
    defaultSeverity: info.defaultSeverity,
    language: 'en',
    defaults: {},
    examples: [info.example],
    // Nothing to do on Dutch text.
    plugin: () => () => {},
  };
}

export const simplify = englishOnly('simplify');
export const equality = englishOnly('equality');
export const intensify = englishOnly('intensify');
