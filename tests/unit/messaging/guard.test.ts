import { describe, expect, it } from "vitest";
import { MessageError, object, str } from "../../../lib/schema/guard";

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
