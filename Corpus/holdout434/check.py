#!/usr/bin/env python3
"""Validate holdout434 gold files against the documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8"); err(name + ": expected not to be valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
    "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
    "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
    "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
    "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}
docs = sorted(f for f in os.listdir(DOCS))
if len(docs) != 7: err("expected 7 documents, found %d" % len(docs))
keys_by_file = {}
for d in docs:
    gp = os.path.join(GOLD, d + ".json")
    if not os.path.exists(gp): err("missing gold " + gp); continue
    g = json.load(open(gp, encoding="utf-8"))
    if set(g) != {"file", "records"} or g["file"] != d: err(d + ": top-level shape"); continue
    text = load(d)
    def need(s, what):
        if s is None: return
        if fold(str(s)) not in text: err("%s: %s %r not found" % (d, what, s))
    keys = []
    for r in g["records"]:
        spec = PROJECT_KEYS if r.get("kind") == "project" else INDEX_KEYS if r.get("kind") == "index_row" else None
        if spec is None: err(d + ": bad kind"); continue
        for k, t in spec.items():
            if k not in r: err("%s %s: missing %s" % (d, r.get("key"), k))
            elif not isinstance(r[k], t): err("%s %s: %s has wrong type" % (d, r.get("key"), k))
        keys.append(r["key"])
        if r["kind"] == "index_row":
            if r["key"] != "index " + r["section"]: err(d + ": index key")
            for k in ("section", "localisation", "organisme", "page"): need(r[k], k)
            continue
        need(r["section"], "section"); need(r["title"], "title")
        for c in r["carriers"]: need(c, "carrier")
        for p in r["partners"]: need(p, "partner")
        if r["territory"]:
            need(r["territory"]["value"], "territory")
            deps = r["territory"].get("departments")
            if not isinstance(deps, list) or not all(re.fullmatch(r"\d{2,3}", x) for x in deps): err(d + ": departments")
        if r["year"] is not None: need(str(r["year"]), "year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(d + ": mode")
        for q in ("households", "housing_units"):
            v = r[q]
            if v is None: continue
            if not {"min", "max", "per", "approximate"} <= set(v) or v["per"] not in ("total", "year") \
               or not isinstance(v["min"], int) or not isinstance(v["max"], int) or v["min"] > v["max"] \
               or not isinstance(v["approximate"], bool): err("%s %s: bad %s" % (d, r["key"], q)); continue
            if "unit" in v: need(v["unit"], q + " unit")
            if not v["approximate"] or v["min"] == v["max"]: need(str(v["min"]), q)
        du = r["duration"]
        if du is not None:
            if set(du) != {"months", "start", "end", "renewable"} or not isinstance(du["renewable"], bool): err(d + ": duration shape")
            for k in ("start", "end"): need(du[k], "duration " + k)
        co = r["cost"]
        if co is not None:
            if set(co) != {"total_eur", "per_year_eur", "per_household_eur"}: err(d + ": cost shape")
            for k, v in co.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(d + ": cost not decimal")
                    need(spaced(v), "cost " + k)
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(d + ": funding shape"); continue
            need(f["source"], "funder")
            if f["eur"]: need(spaced(f["eur"]), "funding eur")
            if f["share_percent"]: need(f["share_percent"] + " %", "share")
        for c in r["contacts"]:
            if set(c) != {"name", "email", "phone"}: err(d + ": contact shape"); continue
            need(c["name"], "contact name"); need(c["email"], "e-mail"); need(c["phone"], "phone")
    if len(set(keys)) != len(keys): err(d + ": duplicate keys")
    keys_by_file[d] = set(keys)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: err("clusters: shape")
    for rr in c["records"]:
        if rr["key"] not in keys_by_file.get(rr["file"], set()): err("clusters: unknown record %r" % rr)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
