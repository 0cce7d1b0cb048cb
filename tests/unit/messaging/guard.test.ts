import { describe, expect, expectTypeOf, it } from "vitest";
import type { Alias, EntitySource } from "../../../lib/dataset/types";
import type { PageHighlight, PayloadOf } from "../../../lib/messaging/contract";
import type { noteChanged } from "../../../lib/messaging/note-notices";
import type { TabMessageOf, TabResultOf } from "../../../lib/messaging/tab-contract";
import {
  arrayOf,
  bool,
  fail,
  type Guard,
  type Infer,
  literal,
  MessageError,
  mark,
  num,
  object,
  optional,
  passes,
  refine,
  str,
} from "../../../lib/schema/guard";

describe("object guard", () => {
  const guard = object({ name: str() });

  it.each(["toString", "hasOwnProperty", "constructor", "valueOf", "__proto__", "password"])(
    "refuses the unknown field %s, as it refuses any other",
    (key) => {
      // JSON.parse, as a message or file would arrive, so `__proto__` is an own field.
      const value = JSON.parse(`{"name":"a","${key}":{"polluted":true}}`);
      expect(() => guard(value, "msg")).toThrow(new MessageError(`msg.${key}: unexpected field`));
    },
  );

  it("returns only the shape's fields, on an ordinary object", () => {
    const out = guard(JSON.parse('{"name":"a"}'), "msg");
    expect(out).toEqual({ name: "a" });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("inferred types", () => {
  it("infer required and optional fields, literals and lists", () => {
    const g = object({ type: literal("x"), n: num(), tags: arrayOf(str()), note: optional(str()) });
    expectTypeOf<Infer<typeof g>>().toEqualTypeOf<{ type: "x"; n: number; tags: string[]; note?: string }>();
    expectTypeOf(refine(str(), (s) => s.length)).toEqualTypeOf<Guard<number>>();
  });

  it("type each message from its guard", () => {
    expectTypeOf<PayloadOf<"content:card">>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<PayloadOf<"frame:note-ui">>().toEqualTypeOf<{
      token: string;
      kind: "close" | "size";
      height?: number;
    }>();
    expectTypeOf<TabMessageOf<"tab:reveal">>().toEqualTypeOf<{
      type: "tab:reveal";
      id: string;
      index: number;
    }>();
    expectTypeOf<TabResultOf<"bg:next-mention">>().toEqualTypeOf<{ index: number; total: number } | null>();
    expectTypeOf<TabResultOf<"bg:note-removed">>().toEqualTypeOf<null>();
    expectTypeOf<Infer<typeof noteChanged.guard>["highlight"]>().toEqualTypeOf<PageHighlight>();
  });

  it("type the dataset from its schema", () => {
    expectTypeOf<EntitySource["type"]>().toEqualTypeOf<"person" | "group">();
    expectTypeOf<EntitySource["kind"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Alias>().toEqualTypeOf<{
      text: string;
      ambiguous?: boolean;
      caseSensitive?: boolean;
      seenIn?: string[];
      script?: "ar" | "fa";
      fromDocuments?: boolean;
      seenOn?: { url: string; quote: string }[];
      short?: boolean;
    }>();
  });
});

describe("guards, throwing", () => {
  it("name the field of the first problem", () => {
    const g = object({ a: object({ b: arrayOf(num({ int: true })) }) });
    expect(() => g({ a: { b: [1, 2.5] } }, "payload")).toThrow(
      new MessageError("payload.a.b[1]: expected an integer"),
    );
    expect(() => literal("tab:reveal")("tab:summary", "message.type")).toThrow('expected "tab:reveal"');
  });

  it("leave out absent optional fields, and refuse a wrong one", () => {
    const g = object({ n: optional(num()) });
    expect(g({}, "p")).toEqual({});
    expect(Object.hasOwn(g({ n: undefined }, "p"), "n")).toBe(false);
    expect(() => g({ n: "1" }, "p")).toThrow("p.n: expected a number");
  });

  it("refine only what passed, and may change it", () => {
    const even = refine(num(), (n, path, c) => (n % 2 ? fail(path, "odd", c) : n / 2));
    expect(even(4, "x")).toBe(2);
    expect(() => even(3, "x")).toThrow("x: odd");
    expect(() => even("4", "x")).toThrow("x: expected a number");
  });

  it("tell what passes without throwing", () => {
    expect(passes(str({ max: 2 }), "ab")).toBe(true);
    expect(passes(str({ max: 2 }), "abc")).toBe(false);
  });
});

describe("guards, collecting", () => {
  function collect<T>(g: Guard<T>, value: unknown) {
    const issues: string[] = [];
    const found: string[] = [];
    const out = g(value, "", {
      issue: (path, message) => issues.push(`${path}: ${message}`),
      found: (name, v, path) => found.push(`${name} ${path} ${JSON.stringify(v)}`),
    });
    return { out, issues, found };
  }

  it("report every problem and keep what passed", () => {
    const g = object({ a: str(), b: num(), c: arrayOf(bool) });
    const { out, issues } = collect(g, { a: 1, b: 2, c: [true, "no", false], d: 0, e: 0 });
    expect(issues).toEqual([
      "d: unexpected field",
      "e: unexpected field",
      "a: expected a string",
      "c[1]: expected true or false",
    ]);
    expect(out).toEqual({ b: 2, c: [true, undefined, false] });
  });

  it("use a file's words where told", () => {
    const g = object(
      {
        name: str(),
        list: arrayOf(str(), { min: 1, short: "must not be empty", notList: () => "not a list" }),
      },
      { missing: "missing", unknown: "unknown field", notObject: () => "not an object" },
    );
    expect(collect(g, { list: [], x: 1 }).issues).toEqual([
      "x: unknown field",
      "name: missing",
      "list: must not be empty",
    ]);
    expect(collect(g, { name: "a", list: 3 }).issues).toEqual(["list: not a list"]);
    expect(collect(g, []).issues).toEqual([": not an object"]);
  });

  it("refine only a value that passed with no problem", () => {
    let ran = 0;
    const g = refine(object({ a: str(), b: str() }), (v) => {
      ran++;
      return v;
    });
    expect(collect(g, { a: "x", b: 1 }).issues).toEqual(["b: expected a string"]);
    expect(ran).toBe(0);
    collect(g, { a: "x", b: "y" });
    expect(ran).toBe(1);
  });

  it("hand marked values to `found`, with their path, even partial", () => {
    const g = arrayOf(mark("cite", object({ source: str(), evidence: str() })));
    expect(
      collect(g, [
        { source: "a", evidence: "b" },
        { source: 1, evidence: "c" },
      ]).found,
    ).toEqual(['cite [0] {"source":"a","evidence":"b"}', 'cite [1] {"evidence":"c"}']);
  });
});
