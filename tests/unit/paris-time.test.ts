import { parisClock, parisDaysBetween, parisWeekOf } from "@/lib/reminders/paris-time";

// The reminders' calendar is Paris's, whatever the server's time zone and across the changes
// of offset (last Sundays of March and October).
describe("Paris clock", () => {
  it("reads the Paris hour in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(parisClock(new Date("2031-01-15T07:00:00Z"))).toEqual({ day: "2031-01-15", hour: 8, weekday: 2 });
    expect(parisClock(new Date("2031-07-15T06:00:00Z"))).toEqual({ day: "2031-07-15", hour: 8, weekday: 1 });
    // 23:30 UTC on Sunday is already Monday in Paris
    expect(parisClock(new Date("2031-03-09T23:30:00Z"))).toMatchObject({ day: "2031-03-10", weekday: 0 });
  });

  it("finds the Monday of the Paris week", () => {
    expect(parisWeekOf(new Date("2031-03-12T09:00:00Z"))).toBe("2031-03-10");
    expect(parisWeekOf(new Date("2031-03-16T22:30:00Z"))).toBe("2031-03-10"); // 23:30 on Sunday in Paris
    expect(parisWeekOf(new Date("2031-03-16T23:30:00Z"))).toBe("2031-03-17"); // Sunday in UTC, Monday 00:30 in Paris
    expect(parisWeekOf(new Date("2031-03-10T00:30:00Z"))).toBe("2031-03-10");
  });

  it("counts calendar days across a change of offset", () => {
    // 2031-03-30 is the last Sunday of March: a day of 23 hours
    expect(parisDaysBetween(new Date("2031-03-29T10:00:00Z"), new Date("2031-03-31T09:00:00Z"))).toBe(2);
    // one hour apart, but on both sides of midnight in Paris
    expect(parisDaysBetween(new Date("2031-03-29T22:30:00Z"), new Date("2031-03-29T23:30:00Z"))).toBe(1);
    expect(parisDaysBetween(new Date("2031-03-31T09:00:00Z"), new Date("2031-03-29T10:00:00Z"))).toBe(-2);
  });
});
