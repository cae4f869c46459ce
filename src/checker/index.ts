// The report checker's public API. Everything a caller (CLI, server, another package) needs:
// ingest a file, parse it, check it, format the results.
export {
  type CheckerConfig,
  CheckerConfigError,
  CONFIG_FILE,
  loadConfig,
  mergeConfig,
  parseConfig,
} from './config.ts';
export {
  type CheckOptions,
  checkBatch,
  checkBuffers,
  checkDocument,
  checkFiles,
  checkReport,
  checkText,
  exitStatus,
  RULE_ERROR_ID,
  renderMessage,
  resolveRules,
} from './engine.ts';
export { CheckerInputError, type InputErrorCode } from './errors.ts';
export { formatText } from './format.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  expandPaths,
  type IngestOptions,
  ingestBuffer,
  ingestFile,
  SUPPORTED_EXTENSIONS,
} from './ingest/index.ts';
export { LAW_ENTRIES, type LawEntry, lawIndex } from './lawbase/index.ts';
export { normalize } from './normalize.ts';
export { rules } from './rules/index.ts';
export { type CopyPair, copyPairs } from './similarity/copy-pairs.ts';
export { parseReport, parseText } from './structure/index.ts';
export * from './types.ts';
