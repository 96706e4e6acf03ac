// Types of the generated validators.js (scripts/compile-schemas.mjs).
import type { ValidateFunction } from 'ajv'

export declare const platforms: ValidateFunction
export declare const person: ValidateFunction
export declare const role: ValidateFunction
export declare const scenario: ValidateFunction
