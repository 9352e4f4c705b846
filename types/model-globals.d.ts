// The few web platform globals the model uses, which Node and every browser both provide, for the
// model's own type check (tsconfig.model.json: ES2022 only, no DOM lib, no Node types). Each is
// declared with the members the model calls, so a model that reaches for more of the DOM or of
// Node fails that check. The main tsconfig.json does not include this file: the DOM lib declares them.

/** WHATWG Encoding: the UTF-8 bytes of a string. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** WHATWG Encoding: a string from UTF-8 bytes. */
declare class TextDecoder {
  decode(input?: Uint8Array): string;
}

/** WHATWG URL: a query string's parameters, in order. */
declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | readonly (readonly [string, string])[]);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  toString(): string;
}

/** HTML's structured clone (a deep copy of plain data). */
declare function structuredClone<T>(value: T): T;
