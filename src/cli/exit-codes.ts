/** Exit codes, as pa11y and Ace use them: 0 passed, 2 the audit failed, 1 the tool itself failed. */
export const EXIT_PASSED = 0;
export const EXIT_TOOL_FAILED = 1;
export const EXIT_AUDIT_FAILED = 2;
