#!/usr/bin/env python3
"""Writes src/main/resources/demo/jinshui-territory.geojson: the SYNTHETIC demo territory of
the Jinshui pilot. The codes and names are the shared demo facts; the polygons are made-up
rectangles around 34.80 N 113.68 E (WGS-84), NOT real boundaries.

Layout (longitude x, latitude y), every child inside its parent, siblings edge to edge:
  district 410105            x 113.640-113.720  y 34.770-34.830
  street 410105010 Dongfeng  x 113.670-113.720  y 34.790-34.830   (north-east)
  street 410105008 Wenhua    x 113.640-113.670  y 34.790-34.830   (north-west)
  street 410105009 Fengchan  x 113.640-113.720  y 34.770-34.790   (south)
  Yuantian 2x2 grids, numbered west->east then north->south (DB11 practice); the demo point
  34.7985 N 113.6830 E lies well inside grid 001 (NW cell).
Run from the repository root: python3 docs/territory/make-jinshui-territory.py
"""
import json
import pathlib

def box(x0, y0, x1, y1):
    # counter-clockwise exterior ring, closed (RFC 7946)
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}

features = []

def add(level, code, zh, en, geometry, parent=None):
    props = {"level": level, "code": code, "nameZh": zh, "nameEn": en, "demo": True}
    if parent:
        props["parent"] = parent
    features.append({"type": "Feature", "properties": props, "geometry": geometry})

add("district", "410105", "金水区", "Jinshui District", box(113.640, 34.770, 113.720, 34.830))
add("street", "410105010", "东风路街道", "Dongfeng Road Subdistrict", box(113.670, 34.790, 113.720, 34.830))
add("street", "410105008", "文化路街道", "Wenhua Road Subdistrict", box(113.640, 34.790, 113.670, 34.830))
add("street", "410105009", "丰产路街道", "Fengchan Road Subdistrict", box(113.640, 34.770, 113.720, 34.790))

add("community", "410105010001", "园田社区", "Yuantian Community", box(113.676, 34.790, 113.696, 34.804))
add("community", "410105010002", "关虎屯社区", "Guanhutun Community", box(113.700, 34.790, 113.716, 34.804))
add("community", "410105008001", "黄河社区", "Huanghe Community", box(113.645, 34.795, 113.665, 34.815))
add("community", "410105009001", "丰产社区", "Fengchan Community", box(113.660, 34.773, 113.690, 34.787))

# Yuantian: 2 x 2, split at x 113.686 and y 34.797
yt = [("001", box(113.676, 34.797, 113.686, 34.804)),  # north-west: holds the demo point
      ("002", box(113.686, 34.797, 113.696, 34.804)),  # north-east
      ("003", box(113.676, 34.790, 113.686, 34.797)),  # south-west
      ("004", box(113.686, 34.790, 113.696, 34.797))]  # south-east
for i, (seq, g) in enumerate(yt, start=1):
    add("grid", "410105010001" + seq, f"园田社区第{i}网格", f"Yuantian Grid {i}", g)

add("grid", "410105010002001", "关虎屯社区第1网格", "Guanhutun Grid 1", box(113.700, 34.790, 113.708, 34.804))
add("grid", "410105010002002", "关虎屯社区第2网格", "Guanhutun Grid 2", box(113.708, 34.790, 113.716, 34.804))
add("grid", "410105008001001", "黄河社区第1网格", "Huanghe Grid 1", box(113.645, 34.805, 113.665, 34.815))
add("grid", "410105008001002", "黄河社区第2网格", "Huanghe Grid 2", box(113.645, 34.795, 113.665, 34.805))
add("grid", "410105009001001", "丰产社区第1网格", "Fengchan Grid 1", box(113.660, 34.773, 113.675, 34.787))
add("grid", "410105009001002", "丰产社区第2网格", "Fengchan Grid 2", box(113.675, 34.773, 113.690, 34.787))

add("compound", "410105010001-XQ01", "园田小区", "Yuantian Residential Compound",
    box(113.678, 34.800, 113.682, 34.803), parent="410105010001001")
add("compound", "410105010001-XQ02", "东风花园", "Dongfeng Garden",
    box(113.688, 34.799, 113.693, 34.802), parent="410105010001002")
add("compound", "410105010001-XQ03", "园田二区", "Yuantian Compound II",
    box(113.678, 34.791, 113.683, 34.795), parent="410105010001")

collection = {
    "type": "FeatureCollection",
    "name": "jinshui-territory-demo",
    "demo": True,
    "description": "SYNTHETIC DEMO DATA for the Steward Jinshui pilot: codes and names follow the demo facts, "
                   "polygons are made-up rectangles, NOT real administrative or grid boundaries. WGS-84.",
    "features": features,
}
out = pathlib.Path("src/main/resources/demo/jinshui-territory.geojson")
# one feature per line: readable in a diff without a thousand lines of coordinates
head = json.dumps({k: v for k, v in collection.items() if k != "features"}, ensure_ascii=False)[:-1]
body = ",\n  ".join(json.dumps(f, ensure_ascii=False) for f in features)
out.write_text(head + ',\n "features": [\n  ' + body + "\n ]\n}\n", encoding="utf-8")
print(f"wrote {out} with {len(features)} features")
