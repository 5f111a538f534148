// The tally: pure functions over dated claims (shipped timeline + sightings).

export * from './arguments.ts';
export * from './claims.ts';
export * from './count.ts';
export * from './export.ts';
export * from './export-format.ts';
export * from './import.ts';
export * from './normalize.ts';
export * from './record.ts';
export * from './shipped.ts';
export * from './timeline.ts';
export * from './types.ts';
