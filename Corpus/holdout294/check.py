#!/usr/bin/env python3
"""Validate holdout294 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def found(text, value):
    return fold(value) in text
def amount_found(text, dec):
    groups = []
    s = dec
    while len(s) > 3: groups.insert(0, s[-3:]); s = s[:-3]
    groups.insert(0, s)
    pat = r"(?<!\d)" + r"[ .]?".join(groups) + r"(?!\d)"
    return re.search(pat, text) is not None
PKEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
         "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
         "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
         "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
         "funding": list, "contacts": list}
IKEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}
def check_q(q, text, where):
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty): err(f"{where}: {k} must be {ty.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min>max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text): err(f"{where}: count {q['min']} not in text")
    if "unit" in q and not found(text, q["unit"]): err(f"{where}: unit {q['unit']!r} not in text")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: err(f"{g}: file field {name!r}"); continue
    text = load(name)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(f"{g}: records missing"); continue
    seen = set()
    for r in recs:
        w = f"{g}:{r.get('key')}"
        if r.get("key") in seen: err(f"{w}: duplicate key")
        seen.add(r.get("key"))
        spec = PKEYS if r.get("kind") == "project" else IKEYS if r.get("kind") == "index_row" else None
        if spec is None: err(f"{w}: bad kind"); continue
        for k, ty in spec.items():
            if k not in r: err(f"{w}: missing {k}")
            elif not isinstance(r[k], ty): err(f"{w}: {k} has type {type(r[k]).__name__}")
        if r["kind"] == "index_row":
            if r["key"] != "index " + r["section"]: err(f"{w}: key/section mismatch")
            for k in ("section", "localisation", "organisme", "page"):
                if not found(text, r[k]): err(f"{w}: {k} {r[k]!r} not in text")
            continue
        if r["section"] and not found(text, r["section"]): err(f"{w}: section not in text")
        if r["title"] and not found(text, r["title"]): err(f"{w}: title not in text")
        for k in ("carriers", "partners"):
            for v in r[k]:
                if not isinstance(v, str) or not found(text, v): err(f"{w}: {k} {v!r} not in text")
        t = r["territory"]
        if t:
            if not found(text, t.get("value", "")): err(f"{w}: territory not in text")
            if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]): err(f"{w}: departments")
        if r["year"] is not None and str(r["year"]) not in text: err(f"{w}: year not in text")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: bad mode")
        for k in ("households", "housing_units"):
            if r[k]: check_q(r[k], text, f"{w}.{k}")
        d = r["duration"]
        if d:
            if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool): err(f"{w}: duration types")
            for k in ("start", "end"):
                if d.get(k) is not None and d[k] not in text: err(f"{w}: duration {k} not in text")
        c = r["cost"]
        if c:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c.get(k, "missing")
                if v == "missing": err(f"{w}: cost.{k} missing")
                elif v is not None and (not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v) or not amount_found(text, v)): err(f"{w}: cost.{k} {v!r}")
        for f in r["funding"]:
            if not isinstance(f.get("source"), str) or not found(text, f["source"]): err(f"{w}: funding source {f.get('source')!r}")
            if f.get("eur") is not None and not amount_found(text, f["eur"]): err(f"{w}: funding eur {f['eur']}")
            if f.get("share_percent") is not None and not re.search(r"(?<!\d)%s ?%%" % re.escape(f["share_percent"]), text): err(f"{w}: share {f['share_percent']}")
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str) or not found(text, ct["name"]): err(f"{w}: contact name {ct.get('name')!r}")
            for k in ("email", "phone"):
                if ct.get(k) is not None and not found(text, ct[k]): err(f"{w}: contact {k} {ct[k]!r}")
    keys_by_file[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: err("cluster without why")
    if len(c.get("records", [])) < 2: err("cluster with fewer than 2 records")
    for rr in c.get("records", []):
        if rr.get("key") not in keys_by_file.get(rr.get("file"), ()): err(f"cluster record {rr} not in gold")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
