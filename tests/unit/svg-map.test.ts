// The dashboard's static map: outlines projected into the box with the label
// inside the area, detail rounded away, and value classes from low to high.
import { describe, expect, it } from "vitest";
import { classesFor, projectAreas } from "../../lib/geo/svg-map.ts";

const square = (x: number, y: number, s: number) => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ],
];

describe("svg map", () => {
  it("projects polygons and multipolygons into the width, north up, with the label inside", () => {
    const map = projectAreas(
      [
        { id: "a", geometry: { type: "Polygon", coordinates: square(5.6, 50.8, 0.1) } },
        { id: "b", geometry: { type: "MultiPolygon", coordinates: [square(5.7, 50.8, 0.1), square(5.78, 50.88, 0.001)] } },
      ],
      200,
      0,
    )!;
    expect(map.width).toBe(200);
    // two squares side by side, 0.2° wide and 0.1° high; a degree east is cos(50.85°) of a degree north
    expect(map.height).toBe(Math.ceil((0.1 / (0.2 * Math.cos((50.85 * Math.PI) / 180))) * 200));
    const [a, b] = map.shapes;
    expect(a.d.startsWith("M0 ")).toBe(true); // west edge at x = 0
    expect(a.d.match(/M/g)).toHaveLength(1);
    expect(b.d.match(/M/g)).toHaveLength(2);
    expect(a.label.x).toBe(50);
    expect(b.label.x).toBe(150); // on the large part, not the speck
    expect(a.label.y).toBeGreaterThan(0);
    expect(a.label.y).toBeLessThan(map.height);
  });

  it("drops points that round to the same pixel, and gives null without outlines", () => {
    const dense = [[...Array.from({ length: 1000 }, (_, i) => [5.6 + i * 1e-7, 50.8]), [5.7, 50.8], [5.7, 50.9], [5.6, 50.8]]];
    const map = projectAreas([{ id: "x", geometry: { type: "Polygon", coordinates: dense } }], 100, 0)!;
    expect(map.shapes[0].d.split("L").length).toBeLessThan(10);
    expect(projectAreas([{ id: "p", geometry: { type: "Point", coordinates: [5, 50] } }], 100)).toBeNull();
  });

  it("classes run from the lowest to the highest value in whole numbers", () => {
    const c = classesFor([61, 79, 80, 82, 93]);
    expect(c.ranges).toEqual([
      { from: 61, to: 67 },
      { from: 68, to: 74 },
      { from: 75, to: 81 },
      { from: 82, to: 88 },
      { from: 89, to: 93 },
    ]);
    expect([61, 79, 93].map(c.classOf)).toEqual([0, 2, 4]);
    expect(classesFor([3, 3]).ranges).toEqual([{ from: 3, to: 3 }]);
    expect(classesFor([0, 1, 2]).ranges).toHaveLength(3);
  });
});
