// A process whose built-in prototypes were changed after start (prototype pollution) can no longer
// render pages, yet its database still answers. The health check compares the built-ins with a
// picture taken at start-up, before any request was served.

type Picture = Map<string, unknown>;

const ROOTS: Record<string, object> = {
  Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype,
  Number: Number.prototype, Boolean: Boolean.prototype, Promise: Promise.prototype, RegExp: RegExp.prototype,
  Date: Date.prototype, Map: Map.prototype, Set: Set.prototype, Error: Error.prototype,
  ObjectStatics: Object, ArrayStatics: Array, JSON, Math, Reflect,
};

function ownKeys(value: object): string[] {
  return Reflect.ownKeys(value).map(String);
}

/** Every own property of the built-ins, and every own property of those properties, by path. */
export function takePicture(): Picture {
  const picture: Picture = new Map();
  for (const [name, root] of Object.entries(ROOTS)) {
    for (const key of Reflect.ownKeys(root)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(root, key)!;
      const value = "value" in descriptor ? descriptor.value : descriptor.get;
      const path = `${name}.${String(key)}`;
      picture.set(path, value);
      if (value && (typeof value === "object" || typeof value === "function") && value !== root) {
        for (const sub of ownKeys(value)) if (sub !== "prototype") picture.set(`${path}.${sub}`, typeof value === "function" ? "fn-prop" : "obj-prop");
      }
    }
  }
  return picture;
}

/** The paths that were added, removed or replaced since the picture was taken. */
export function changedSince(before: Picture, now: Picture = takePicture()): string[] {
  const changed: string[] = [];
  for (const [path, value] of now) if (!before.has(path) || before.get(path) !== value) changed.push(path);
  for (const path of before.keys()) if (!now.has(path)) changed.push(path);
  return changed;
}

const store = globalThis as unknown as { __fsBuiltinsPicture?: Picture };

/** Called once at start-up (src/server/startup.ts), before the first request. */
export function rememberBuiltins(): void {
  store.__fsBuiltinsPicture ??= takePicture();
}

/** What the health check reports: [] when the built-ins are as they were at start. */
export function builtinsChanged(): string[] {
  rememberBuiltins();
  const changed = changedSince(store.__fsBuiltinsPicture!);
  // Plain behaviour a page render depends on, in case a change hides from the picture.
  const probe = { a: 1 };
  const works = Object.prototype.hasOwnProperty.call(probe, "a") && String(probe) === "[object Object]" &&
    JSON.stringify([1, "x"]) === '[1,"x"]' && [1, 2].map((n) => n * 2).join() === "2,4";
  return works ? changed : [...changed, "behaviour"];
}
