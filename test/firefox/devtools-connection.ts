import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';

// Firefox keeps extension pages (the background page, the popup) out of WebDriver BiDi's reach,
// so the tests run code there through Firefox's own DevTools protocol, the one about:debugging
// uses: JSON packets, each sent as `<byte length>:<json>` over TCP. Replies from one actor come
// in the order of the requests to it; packets with a `type` are events.

interface Packet { from: string; type?: string; error?: string; message?: string; [key: string]: unknown }
interface Waiter { resolve: (p: Packet) => void; reject: (e: Error) => void }

/** A page of the extension as the DevTools protocol lists it. */
export interface ExtensionTarget { actor: string; consoleActor: string; url: string }

interface Grip { type: string; actor?: string; length?: number }

export class DevtoolsConnection extends EventEmitter {
  private buffer = Buffer.alloc(0);
  private readonly waiting = new Map<string, Waiter[]>();

  private constructor(private readonly socket: Socket) {
    super();
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => this.failAll(new Error('The DevTools connection to Firefox closed')));
  }

  /** Connect once Firefox's debugger server listens; it starts a moment after the browser. */
  static async open(port: number, timeoutMs = 15_000): Promise<DevtoolsConnection> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect({ port, host: '127.0.0.1' }, () => resolve(s));
          s.once('error', reject);
        });
        const connection = new DevtoolsConnection(socket);
        await connection.expectReply('root'); // the greeting
        return connection;
      } catch (error) {
        if (Date.now() > end) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  request(to: string, type: string, args: Record<string, unknown> = {}): Promise<Packet> {
    const reply = this.expectReply(to);
    const body = Buffer.from(JSON.stringify({ to, type, ...args }));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    return reply;
  }

  /**
   * Run `source` (an expression; a promise is awaited) in an extension page and return its
   * value, which the caller makes a JSON string so that objects come back whole.
   */
  async evaluate(target: ExtensionTarget, source: string): Promise<string | undefined> {
    // The result is an event that can arrive in the same chunk as the reply naming it.
    const results = new Map<string, Packet>();
    const collect = (p: Packet) => results.set(String(p.resultID), p);
    this.on('evaluationResult', collect);
    try {
      const { resultID } = await this.request(target.consoleActor, 'evaluateJSAsync', { text: source, mapped: { await: true } });
      for (let i = 0; !results.has(String(resultID)); i++) {
        if (i > 600) throw new Error(`No result from ${target.url} after 30 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const result = results.get(String(resultID))!;
      if (result.exceptionMessage) throw new Error(`In ${target.url}: ${String(result.exceptionMessage)}`);
      return this.stringOf(result.result as Grip | string);
    } finally {
      this.off('evaluationResult', collect);
    }
  }

  close(): void {
    this.socket.end();
  }

  private async stringOf(value: Grip | string | undefined): Promise<string | undefined> {
    if (typeof value === 'string') return value;
    if (!value || value.type === 'undefined' || value.type === 'null') return undefined;
    if (value.type === 'longString') {
      return String((await this.request(value.actor!, 'substring', { start: 0, end: value.length })).substring);
    }
    throw new Error(`Expected a JSON string from the extension page, got ${JSON.stringify(value)}`);
  }

  private expectReply(from: string): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(from) ?? [];
      queue.push({ resolve, reject });
      this.waiting.set(from, queue);
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (packet.type && !('applicationType' in packet)) {
        this.emit(packet.type, packet);
        continue;
      }
      const waiter = this.waiting.get(packet.from)?.shift();
      if (!waiter) continue;
      if (packet.error) waiter.reject(new Error(`${packet.error}: ${packet.message ?? ''}`));
      else waiter.resolve(packet);
    }
  }

  private failAll(error: Error): void {
    for (const queue of this.waiting.values()) for (const waiter of queue.splice(0)) waiter.reject(error);
  }
}
