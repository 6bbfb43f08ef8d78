/// <reference lib="webworker" />
import { handleParseRequest, type ParseRequest } from './parse-dataset';

/**
 * Validates dataset files off the main thread: at 100k articles, checking the schema takes long
 * enough to freeze scrolling, and zod with the domain schemas stays out of the page's bundle.
 */
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(handleParseRequest(event.data));
};
