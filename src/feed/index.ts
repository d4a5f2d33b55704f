export * from './types.js';
export { parseFeed } from './parse.js';
export { stewardAdvice } from './advice.js';
export { safeUrl } from './safe-url.js';
export { pickTag, pickText } from './text.js';
export { loadFeed, parseFeedBytes, parseFeedText, logFeedIssues, type LoadOptions, type LoadResult } from './load.js';
