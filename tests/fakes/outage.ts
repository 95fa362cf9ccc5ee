// An outage of a fake platform server, for the recovery tests: `refuse` stops listening (connections are
// refused), `unavailable` has the fake answer every request 503. Over after `forMs` when given, or at `up()`.
import type { Server } from 'node:http';

export class Outage {
  private mode: 'refuse' | 'unavailable' | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** `port`: where the server listens again when a `refuse` outage ends. */
  constructor(
    private readonly server: Server,
    private readonly port: () => number,
  ) {}

  /** True while the fake should answer 503 to everything. */
  get unavailable(): boolean {
    return this.mode === 'unavailable';
  }

  async down(how: 'refuse' | 'unavailable', forMs?: number): Promise<void> {
    this.mode = how;
    if (how === 'refuse') {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server.close(() => resolve()));
    }
    if (forMs !== undefined) this.timer = setTimeout(() => void this.up(), forMs);
  }

  /** Ends an outage: listens again on the same port. */
  async up(): Promise<void> {
    clearTimeout(this.timer);
    const was = this.mode;
    this.mode = undefined;
    if (was === 'refuse') {
      await new Promise<void>((resolve) => this.server.listen(this.port(), '127.0.0.1', resolve));
    }
  }

  /** Drops a pending end of outage (the fake is closing). */
  cancel(): void {
    clearTimeout(this.timer);
  }
}
