// noVNC ships no typings; this is the part of its RFB class the webview uses.
declare module '@novnc/novnc' {
  export default class RFB extends EventTarget {
    constructor(target: object, urlOrChannel: string | object, options?: { credentials?: { password?: string }; shared?: boolean });
    scaleViewport: boolean;
    resizeSession: boolean;
    focusOnClick: boolean;
    background: string;
    sendCtrlAltDel(): void;
    sendCredentials(credentials: { password: string }): void;
    disconnect(): void;
    focus(): void;
  }
}
