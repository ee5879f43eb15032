// Webviews in the workbench are nested iframes (an outer host frame, then the page's own
// `active-frame`): these find the frame that holds a page's element and read its canvas.
import type { Frame, Page } from 'playwright-core';

/** The frame whose document has `selector`, waiting for the webview to load. */
export async function webviewFrame(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.$(selector).catch(() => null);
      if (found) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame has ${selector}`);
    await page.waitForTimeout(200);
  }
}

/** RGB of a canvas pixel, in the canvas's own coordinates (undefined until it has that size). */
export async function canvasPixel(frame: Frame, selector: string, x: number, y: number): Promise<[number, number, number] | undefined> {
  return frame.evaluate(
    ({ selector, x, y }) => {
      // Runs in the page; the test program has no DOM types, so the shapes are spelt out.
      type Canvas = { width: number; height: number; getContext(k: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } };
      const doc = (globalThis as unknown as { document: { querySelector(s: string): Canvas | null } }).document;
      const canvas = doc.querySelector(selector);
      if (!canvas || canvas.width <= x || canvas.height <= y) return undefined;
      const d = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    { selector, x, y },
  );
}
