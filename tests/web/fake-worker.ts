import { handleParseRequest, type ParseRequest } from '../../src/web/lib/api/parse-dataset';

/**
 * Stands in for the data worker in jsdom (which has no Worker): the same request/reply protocol
 * and the same parser, answered on a later task as a real worker would.
 */
export class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  postMessage(request: ParseRequest): void {
    setTimeout(() => {
      this.onmessage?.({ data: handleParseRequest(request) } as MessageEvent);
    }, 0);
  }

  terminate(): void {}
  addEventListener(): void {}
  removeEventListener(): void {}
}
