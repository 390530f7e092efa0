// The rule engine's public face: assess(), the rows behind the timers, and the shared vocabulary.
export { assess } from './engine';
export { RULES, TABLES, ruleById } from './tables';
export { ruleNote, type RuleNoteData } from './note';
export { ON_EXPIRY, allLabels, durationMs, startEvents } from './rule';
export type { ClockRule, Duration, EarliestRule, Labels, NextStep, OnExpiry, Rule } from './rule';
export * from './model';
