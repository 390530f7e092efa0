// The rule engine's public face: assess(), the rows behind the timers, and the shared vocabulary.
export { assess } from './engine';
export { RULES, TABLES, ruleById } from './tables';
export { ruleNote } from './note';
export { ON_EXPIRY, allLabels } from './rule';
export type { Rule } from './rule';
export * from './model';
