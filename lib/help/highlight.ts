// ts_headline marks matches with these two private-use characters (never typed in an FAQ:
// the schema refuses them); the page turns them into <mark> elements as React text, so
// nothing the database returns is ever injected as HTML.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type Segment = { text: string; marked: boolean };

export function splitMarks(value: string): Segment[] {
  const out: Segment[] = [];
  let marked = false;
  for (const part of value.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) marked = true;
    else if (part === MARK_END) marked = false;
    else if (part) out.push({ text: part, marked });
  }
  return out;
}
