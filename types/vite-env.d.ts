// Vite's client types (CSS and asset imports) for the type check; WXT's own
// reference to them lives in .wxt/wxt.d.ts, which tsconfig leaves out.
/// <reference types="vite/client" />
