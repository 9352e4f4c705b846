/**
 * The BroadcastChannel between a presenter and its audience windows (same origin, same browser),
 * speaking the messages of `sync-protocol.ts`. Malformed messages never reach the listener.
 */

import { channelName, decodeMessage, encodeMessage, type SyncMessage } from './sync-protocol';

/** Whether this browser can link windows at all. */
export function canSync(): boolean {
  return typeof BroadcastChannel === 'function';
}

/** One end of the channel. */
export class SyncChannel {
  private readonly channel: BroadcastChannel;

  private constructor(id: string, listener: (message: SyncMessage) => void) {
    this.channel = new BroadcastChannel(channelName(id));
    this.channel.onmessage = (e: MessageEvent) => {
      const message = decodeMessage(e.data);
      if (message) listener(message);
    };
  }

  /** Opens the channel `id`, or undefined when the browser has no BroadcastChannel. */
  static open(id: string, listener: (message: SyncMessage) => void): SyncChannel | undefined {
    return canSync() ? new SyncChannel(id, listener) : undefined;
  }

  /** Posts a message to every other window on the channel. */
  post(message: SyncMessage): void {
    try {
      this.channel.postMessage(encodeMessage(message));
    } catch {
      // A closed channel (the page is going away): nothing left to tell.
    }
  }

  close(): void {
    this.channel.close();
  }
}
