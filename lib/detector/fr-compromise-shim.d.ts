// Types for fr-compromise, mapped in tsconfig "paths": the package ships raw .ts
// typings that do not type-check under this project's settings.
declare const nlp: (text: string) => unknown;
export default nlp;
