// Turns a submitted form into the plain value a command's zod schema parses. A server action is a
// public endpoint: the field names are attacker-controlled, so the result is built only from own
// properties of null-prototype objects, and a name that touches anything inherited is refused.

/** A form that cannot be turned into input at all; the action answers it as a validation error. */
export class HostileFormError extends Error {
  constructor(readonly field: string) {
    super("Hostile form field name");
    this.name = "HostileFormError";
  }
}

const MAX_INDEX = 50;
const MAX_DEPTH = 6;
const MAX_VALUE = 100_000;

// Names of everything a plain object inherits (`toString`, `valueOf`, `hasOwnProperty`,
// `__proto__`, `constructor`…) are never field names of ours: a form that uses one is hostile, even
// though the null-prototype objects below would not follow them.
const INHERITED = new Set<string>([...Object.getOwnPropertyNames(Object.prototype), "__proto__", "constructor", "prototype"]);

type Node = Record<string, unknown> | unknown[];

function dict(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** Is this a name segment a form of ours can use? Exported for the tests' table. */
export function safeSegment(part: string): boolean {
  return part !== "" && part.length <= 64 && !INHERITED.has(part) && !/[\0]/.test(part);
}

/**
 * "parents.0.name"-style names become nested objects and arrays, so one zod schema validates the
 * form and a hand-crafted request alike. Names starting with "$" are React's own fields.
 * Throws HostileFormError for a name that addresses something inherited or goes too deep.
 */
export function formToObject(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const root = dict();
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    const parts = name.split(".");
    if (parts.length > MAX_DEPTH || !parts.every(safeSegment)) throw new HostileFormError(name.slice(0, 64));
    if (value.includes("\0") || value.length > MAX_VALUE) throw new HostileFormError(name);
    let node: Node = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = i === parts.length - 1;
      if (Array.isArray(node)) {
        const index = /^\d{1,2}$/.test(part) ? Number(part) : -1;
        if (index < 0 || index > MAX_INDEX) break;
        node = step(node, index, last, parts[i + 1], value);
      } else {
        node = step(node, part, last, parts[i + 1], value);
      }
      if (last) break;
    }
  }
  return plain(root) as Record<string, unknown>;
}

function step(container: Node, key: string | number, last: boolean, nextPart: string | undefined, value: string): Node {
  const slots = container as Record<string | number, unknown>;
  const existing = Object.prototype.hasOwnProperty.call(container, key) ? slots[key] : undefined;
  if (last) {
    // A repeated name (a group of checkboxes) becomes a list.
    slots[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    return container;
  }
  if (existing !== undefined && typeof existing === "object" && existing !== null) return existing as Node;
  const child: Node = /^\d+$/.test(nextPart ?? "") ? [] : dict();
  slots[key] = child;
  return child;
}

// Arrays lose the holes a sparse form leaves; objects stay prototype-free all the way down.
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(plain);
  if (value && typeof value === "object") {
    const out = dict();
    for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
