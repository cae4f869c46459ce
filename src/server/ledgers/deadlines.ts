// The clocks moved to the workflow engine (core/workflow/deadlines.ts); this re-export keeps the
// ledger routes' import until the deadline board has its own module.
export * from '../core/workflow/deadlines.ts';
