// Types of eslint.config.js, for tests/unit/architecture.test.ts, which reads the layer order from it.
import type { Linter } from 'eslint';

/** The layers of src/, lowest first. */
export const LAYERS: string[][];
/** The boundaries rule for src/. */
export const boundariesConfig: Linter.Config;
declare const config: Linter.Config[];
export default config;
