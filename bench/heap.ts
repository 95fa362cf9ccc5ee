// The live heap of another Node process, after a full garbage collection, over the inspector protocol:
// the leak check that RSS cannot give (freed pages stay mapped, and when V8 collects is its own business).
import WebSocket from 'ws';

/** The inspector flag for a bot started by the bench; port 0 lets the OS pick. */
export const INSPECT_ARG = '--inspect=127.0.0.1:0';

export class HeapProbe {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (msg.id !== undefined) this.pending.get(msg.id)?.(msg.result);
    });
  }

  /** `stderr()`: what the process started with INSPECT_ARG printed so far; its debugger URL is in there. */
  static async attach(stderr: () => string): Promise<HeapProbe> {
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      url = stderr().match(/ws:\/\/\S+/)?.[0];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    if (!url) throw new Error('no inspector URL on stderr');
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new HeapProbe(ws);
  }

  private call(method: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method }));
    });
  }

  /** MB of heap still in use after a full collection. */
  async liveHeapMb(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage');
    const usage = (await this.call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 2 ** 20;
  }

  close(): void {
    this.ws.close();
  }
}
