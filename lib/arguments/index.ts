// The arguments obituaries use: a vocabulary (data) and the function that names one.
export * from './argument.ts';
export * from './vocabulary.ts';
