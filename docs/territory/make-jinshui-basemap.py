#!/usr/bin/env python3
"""Writes src/main/resources/demo/jinshui-basemap.geojson: the SYNTHETIC vector base map of the
demo area (steward.map.vector-layer), drawn where no tile server is configured and read by the
place search. Streets are lines, areas polygons, landmarks points; WGS-84 longitude/latitude.

It is laid out on the demo territory (make-jinshui-territory.py) and the demo cases' addresses:
  东风路 runs along Yuantian's north edge (y 34.8040), 农业路 along the north streets' south edge
  (y 34.7895), 花园路 between Yuantian and Guanhutun (x 113.6980); 园田路 crosses 经三路 at the
  demo's "园田路与经三路交叉口" (34.8010 N 113.6848 E), passing south of 园田小区's south gate, and bends south-east to 经五路 (34.7935 N
  113.6912 E); 文化路 and 黄河路 meet at 34.7997 N 113.6555 E; 丰产路 and 经一路 at 34.7803 N 113.6677 E.
  Compounds of the territory file (园田小区, 东风花园, 园田二区) are not repeated here.
The names are Jinshui's, the geometry is made up: NOT a survey.
Run from the repository root: python3 docs/territory/make-jinshui-basemap.py
"""
import json
import pathlib

features = []

def add(kind, zh, en, geometry, type_=""):
    props = {"kind": kind, "nameZh": zh, "nameEn": en}
    if type_:
        props["type"] = type_
    features.append({"type": "Feature", "properties": props, "geometry": geometry})

def road(zh, en, *points):
    add("road", zh, en, {"type": "LineString", "coordinates": [list(p) for p in points]})

def box(x0, y0, x1, y1):
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}

def area(zh, en, type_, x0, y0, x1, y1):
    add("area", zh, en, box(x0, y0, x1, y1), type_)

def landmark(zh, en, type_, lat, lng):
    add("landmark", zh, en, {"type": "Point", "coordinates": [lng, lat]}, type_)

# streets, west to east / north to south (x = longitude, y = latitude)
road("黄河路", "Huanghe Road", (113.640, 34.7997), (113.6700, 34.7997))
road("东风路", "Dongfeng Road", (113.640, 34.8040), (113.720, 34.8040))
road("农业路", "Nongye Road", (113.640, 34.7895), (113.720, 34.7895))
road("丰产路", "Fengchan Road", (113.640, 34.7803), (113.720, 34.7803))
road("文化路", "Wenhua Road", (113.6555, 34.770), (113.6555, 34.830))
road("花园路", "Huayuan Road", (113.6980, 34.770), (113.6980, 34.830))
road("园田路", "Yuantian Road", (113.6700, 34.7996), (113.6830, 34.7996), (113.6848, 34.8010), (113.6880, 34.7975),
     (113.6912, 34.7935), (113.6980, 34.7930))
road("经三路", "Jingsan Road", (113.6848, 34.8180), (113.6848, 34.8010), (113.6862, 34.7955), (113.6865, 34.7895))
road("经五路", "Jingwu Road", (113.6912, 34.7985), (113.6912, 34.7895))
road("经一路", "Jingyi Road", (113.6677, 34.7895), (113.6677, 34.7700))
road("关虎屯路", "Guanhutun Road", (113.7120, 34.7895), (113.7120, 34.8040))

# areas the territory file does not hold
area("园田公园", "Yuantian Park", "park", 113.6710, 34.7905, 113.6755, 34.7950)
area("园田小学", "Yuantian Primary School", "school", 113.6770, 34.7960, 113.6800, 34.7985)
area("园田农贸市场", "Yuantian Farmers' Market", "market", 113.6920, 34.7940, 113.6940, 34.7960)
area("关虎屯小区", "Guanhutun Compound", "compound", 113.7040, 34.7930, 113.7090, 34.7990)
area("黄河社区北区", "Huanghe Community North Block", "compound", 113.6470, 34.8080, 113.6530, 34.8130)
area("丰产路88号院", "No. 88 Fengchan Road Compound", "compound", 113.6800, 34.7808, 113.6840, 34.7830)
area("丰产公园", "Fengchan Park", "park", 113.6700, 34.7740, 113.6760, 34.7790)

# landmarks
landmark("园田社区党群服务中心", "Yuantian Community Service Centre", "office", 34.7978, 113.6808)
landmark("东风路街道办事处", "Dongfeng Road Subdistrict Office", "office", 34.8055, 113.6960)
landmark("东风路地铁站", "Dongfeng Road Metro Station", "station", 34.8046, 113.6855)
landmark("金水区人民医院", "Jinshui District People's Hospital", "hospital", 34.8060, 113.7050)
landmark("黄河社区卫生服务站", "Huanghe Community Health Station", "hospital", 34.8020, 113.6600)
landmark("丰产路派出所", "Fengchan Road Police Station", "office", 34.7815, 113.6650)

collection = {
    "type": "FeatureCollection",
    "name": "jinshui-basemap-demo",
    "demo": True,
    "description": "SYNTHETIC DEMO BASE MAP for the Steward Jinshui pilot: Jinshui street names on made-up "
                   "geometry, laid out on the demo territory. NOT a survey. WGS-84.",
    "features": features,
}
out = pathlib.Path("src/main/resources/demo/jinshui-basemap.geojson")
head = json.dumps({k: v for k, v in collection.items() if k != "features"}, ensure_ascii=False)[:-1]
body = ",\n  ".join(json.dumps(f, ensure_ascii=False) for f in features)
out.write_text(head + ',\n "features": [\n  ' + body + "\n ]\n}\n", encoding="utf-8")
print(f"wrote {out} with {len(features)} features")
