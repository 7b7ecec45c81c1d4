// Converts Natural Earth's public-domain country boundaries (npm world-atlas,
// 1:50m) into the small SVG path data of the region's map, committed as
// geography/data/region_map.json. Run once through scripts/build_region_map.sh;
// nothing here runs with the site.
//
// Steps: simplify the world's shared topology (topojson-simplify, so
// neighbours keep one common border), keeping more detail in the south where
// countries are small; project with an Albers equal-area conic centred on the
// region; write each of the region's 25 countries as relative path commands
// on whole units, and the land around them as one clipped background shape.
// The Eastern Caribbean is also drawn magnified in an inset, where its islands
// are large enough to see and to tap.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const modules = process.env.REGION_MAP_NODE_MODULES;
const require = createRequire(`${modules}/`);
const topojson = require("topojson-client");
const simplify = require("topojson-simplify");
const world = JSON.parse(readFileSync(`${modules}/world-atlas/countries-50m.json`, "utf8"));
const output = process.argv[2];

// ISO 3166-1 numeric (world-atlas ids) → alpha-2 (the site's codes).
const REGION = {
  "028": "AG", "044": "BS", "052": "BB", "084": "BZ", "124": "CA", "188": "CR",
  "192": "CU", "212": "DM", "214": "DO", "222": "SV", "308": "GD", "320": "GT",
  "328": "GY", "332": "HT", "340": "HN", "388": "JM", "484": "MX", "558": "NI",
  "591": "PA", "659": "KN", "662": "LC", "670": "VC", "740": "SR", "780": "TT",
  "840": "US",
};
const WIDTH = 1000; // viewBox units across the map
const MARGIN = 10;
const MIN_WEIGHT = 1e-5; // steradians: smaller triangles are simplified away...
const SOUTH_DETAIL = 100; // ...unless south of 32°N, where they weigh this much more
const MIN_RING = 2; // rings smaller than this (units²) are dropped, unless the country has no other
const MIN_TARGET = 40; // in the inset, a country smaller than this (units) also gets a ring marker
// The inset: the Lesser Antilles from St Kitts to Grenada, drawn in the empty
// Pacific corner of the map (x, width; it sits `inset` units above the bottom).
const INSET = { lon: [-63.1, -59.2], lat: [11.8, 17.9], x: 24, width: 250, inset: 24 };

// Albers equal-area conic (Snyder, Map Projections: A Working Manual, p. 100).
const rad = Math.PI / 180;
const [lambda0, phi0, phi1, phi2] = [-96 * rad, 30 * rad, 15 * rad, 50 * rad];
const n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
const C = Math.cos(phi1) ** 2 + 2 * n * Math.sin(phi1);
const rho0 = Math.sqrt(C - 2 * n * Math.sin(phi0)) / n;
function albers([lon, lat]) {
  const rho = Math.sqrt(C - 2 * n * Math.sin(lat * rad)) / n;
  const theta = n * (lon * rad - lambda0);
  return [rho * Math.sin(theta), -(rho0 - rho * Math.cos(theta))];
}

// Hawaii and the Aleutians west of the antimeridian lie far outside the map.
const outside = (ring) =>
  ring.some(([lon]) => lon > 0) || ring.every(([lon, lat]) => lon < -150 && lat < 35);
const polygonsOf = (geometry) =>
  geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];

function simplified(minWeight, southDetail) {
  const topology = simplify.presimplify(world, simplify.sphericalTriangleArea);
  for (const arc of topology.arcs) {
    for (const point of arc) if (point[1] < 32 && Number.isFinite(point[2])) point[2] *= southDetail;
  }
  return simplify.simplify(topology, minWeight);
}

const area = (ring) =>
  Math.abs(
    ring.reduce((sum, [x, y], i) => {
      const [nx, ny] = ring[(i + 1) % ring.length];
      return sum + x * ny - nx * y;
    }, 0),
  ) / 2;
const bounds = (rings) => {
  const all = rings.flat();
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

// Sutherland–Hodgman: a ring clipped to the rectangle [x0, x1] × [y0, y1].
function clip(ring, [x0, y0, x1, y1]) {
  const sides = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let result = ring;
  for (const [inside, cross] of sides) {
    const input = result;
    result = [];
    input.forEach((point, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(point)) {
        if (!inside(previous)) result.push(cross(previous, point));
        result.push(point);
      } else if (inside(previous)) {
        result.push(cross(previous, point));
      }
    });
  }
  return result;
}

const within = (ring, [x0, y0, x1, y1]) =>
  ring.every(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);

// Relative commands on whole units: "M12 34l3-1 2 5z".
function pathData(rings) {
  let d = "";
  for (const ring of rings) {
    const pts = ring.map(([x, y]) => [Math.round(x), Math.round(y)]);
    const kept = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
    while (kept.length > 1 && kept[0][0] === kept.at(-1)[0] && kept[0][1] === kept.at(-1)[1]) kept.pop();
    if (kept.length < 3) continue;
    let [cx, cy] = kept[0];
    const steps = kept.slice(1).map(([x, y]) => {
      const step = `${x - cx} ${y - cy}`;
      [cx, cy] = [x, y];
      return step;
    });
    d += `M${kept[0][0]} ${kept[0][1]}l${steps.join(" ")}z`;
  }
  return d.replace(/ -/g, "-");
}

// One layer (the map or the inset): each region country's path, and the land around.
function layer(topology, toFrame, box, inset = false) {
  const geometries = topology.objects.countries.geometries;
  const countries = {};
  const markers = {};
  for (const geometry of geometries) {
    const code = REGION[geometry.id];
    if (!code) continue;
    const rings = polygonsOf(topojson.feature(topology, geometry).geometry)
      .filter((polygon) => !outside(polygon[0]))
      .flatMap((polygon) => polygon.map((ring) => ring.map(albers).map(toFrame)))
      // On the map, a country is clipped to the frame; the inset shows only whole islands.
      .map((ring) => (inset ? (within(ring, box) ? ring : []) : clip(ring, box)))
      .filter((ring) => ring.length > 2);
    if (!rings.length) continue;
    const big = rings.filter((ring) => area(ring) >= MIN_RING);
    const d = pathData(big.length ? big : rings);
    if (!d) continue;
    countries[code] = d;
    const [bx0, by0, bx1, by1] = bounds([rings.flat()]);
    if (inset && Math.max(bx1 - bx0, by1 - by0) < MIN_TARGET) {
      markers[code] = [Math.round((bx0 + bx1) / 2), Math.round((by0 + by1) / 2)];
    }
  }
  const others = geometries.filter((g) => !REGION[g.id]);
  const land = polygonsOf(topojson.merge(topology, others))
    .filter((polygon) => !outside(polygon[0]))
    .map((polygon) => clip(polygon[0].map(albers).map(toFrame), box))
    .filter((ring) => ring.length > 2 && area(ring) >= MIN_RING * 2);
  return { countries, markers, land: pathData(land) };
}

// The map's frame: the region's bounds in Albers units, scaled to WIDTH.
const coarse = simplified(MIN_WEIGHT, SOUTH_DETAIL);
const regionPoints = coarse.objects.countries.geometries
  .filter((g) => REGION[g.id])
  .flatMap((g) => polygonsOf(topojson.feature(coarse, g).geometry))
  .filter((polygon) => !outside(polygon[0]))
  .flatMap((polygon) => polygon[0].map(albers));
const [ax0, ay0, ax1, ay1] = bounds([regionPoints]);
const scale = (WIDTH - 2 * MARGIN) / (ax1 - ax0);
const HEIGHT = Math.round((ay1 - ay0) * scale + 2 * MARGIN);
const toMap = ([x, y]) => [(x - ax0) * scale + MARGIN, (y - ay0) * scale + MARGIN];
const map = layer(coarse, toMap, [0, 0, WIDTH, HEIGHT]);

// The inset: the same projection, magnified, with finer simplification.
const corners = [
  [INSET.lon[0], INSET.lat[0]], [INSET.lon[1], INSET.lat[0]],
  [INSET.lon[0], INSET.lat[1]], [INSET.lon[1], INSET.lat[1]],
].map(albers).map(toMap);
const [sx0, sy0, sx1, sy1] = bounds([corners]);
const zoom = INSET.width / (sx1 - sx0);
const insetHeight = Math.round((sy1 - sy0) * zoom);
const insetY = HEIGHT - insetHeight - INSET.inset;
const toInset = (p) => {
  const [x, y] = toMap(p);
  return [INSET.x + (x - sx0) * zoom, insetY + (y - sy0) * zoom];
};
const insetBox = [INSET.x, insetY, INSET.x + INSET.width, insetY + insetHeight];
const inset = layer(simplified(MIN_WEIGHT / zoom ** 2, SOUTH_DETAIL), toInset, insetBox, true);

const out = {
  source:
    "Natural Earth 1:50m admin-0 countries (public domain) from npm world-atlas 2.0.2, " +
    "simplified with topojson-simplify 3.0.3 and projected (Albers equal-area conic, " +
    "parallels 15°N and 50°N, centre 96°W) by scripts/region_map.mjs.",
  width: WIDTH,
  height: HEIGHT,
  land: map.land,
  countries: map.countries,
  inset: {
    // Where the inset is drawn, and the area of the map it magnifies.
    box: [INSET.x, insetY, INSET.width, insetHeight],
    source: [sx0, sy0, sx1 - sx0, sy1 - sy0].map((v) => Math.round(v)),
    land: inset.land,
    countries: inset.countries,
    markers: inset.markers,
  },
};
const text = `${JSON.stringify(out, null, 1)}\n`;
writeFileSync(output, text);
console.log(
  `${output}: ${Object.keys(out.countries).length} countries (${Object.keys(out.inset.countries).join(" ")} in the inset), ` +
    `${WIDTH}×${HEIGHT} units, ${Buffer.byteLength(text)} bytes`,
);
