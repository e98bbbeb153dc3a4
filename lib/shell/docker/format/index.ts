/**
 * Go/docker-CLI output formatting for the simulated `docker` command: tables (tabwriter), sizes,
 * durations and truncation, each byte-for-byte as CLI 28.2.2 against a 20.10 daemon prints them.
 */
export { tabwriter, type TabwriterOptions } from './tabwriter';
export { humanSize, humanSizeWithPrecision, goFormatG } from './size';
export { humanDuration, createdAgo, containerStatus, type ContainerStatusInput } from './duration';
export { truncate, quoteCommand, shortId, mountsColumn } from './truncate';
export { goQuote } from './go-quote';
export { cellWidth } from './width';
export { naturalLess, naturalCompare } from './natural';
