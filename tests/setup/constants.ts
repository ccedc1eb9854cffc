// Fixed values shared by the test setup and the tests.
export const TEST_DEMO_ANCHOR = new Date("2026-06-15T00:00:00Z");
