import type { ViewState, WebviewMessage } from '../shared/protocol';

/** The part of the webview API this page uses, typed with our messages and state. */
export interface HostApi {
  postMessage(message: WebviewMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): HostApi;

/** The host API; may be acquired only once per page load. */
export const host: HostApi = acquireVsCodeApi();
