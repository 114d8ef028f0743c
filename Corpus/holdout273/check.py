#!/usr/bin/env python3
"""Validate the holdout273 gold files: shape, keys, types, and that each value's text occurs in its document."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(f, key, msg): errors.append(f"{f} [{key}]: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name, "-", "cp1252 document is valid UTF-8")
        except UnicodeDecodeError: pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def has(t, s): return fold(s) in t

PROJECT_KEYS = {"kind": str, "key": str, "title": str, "carriers": list, "partners": list, "territory": dict,
                "mode": str, "households": (dict, type(None)), "housing_units": (dict, type(None)),
                "duration": (dict, type(None)), "cost": (dict, type(None)), "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def check_q(f, k, name, q, t, unit_required):
    for kk, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(kk), ty) or (ty is int and isinstance(q.get(kk), bool)):
            err(f, k, f"{name}.{kk} bad type"); return
    if q["per"] not in ("total", "year"): err(f, k, f"{name}.per invalid")
    if q["min"] > q["max"]: err(f, k, f"{name} min > max")
    if not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], t):
        err(f, k, f"{name} {q['min']} not in document")
    if unit_required and "unit" in q and not has(t, q["unit"]): err(f, k, f"unit {q['unit']} not in document")

def check_project(f, r, t):
    k = r.get("key")
    for kk, ty in PROJECT_KEYS.items():
        if kk not in r: err(f, k, f"missing {kk}")
        elif not isinstance(r[kk], ty): err(f, k, f"{kk} bad type")
    if errors and errors[-1].startswith(f"{f} [{k}]"): return
    if not has(t, r["title"]): err(f, k, "title not in document")
    if r.get("section") and not has(t, r["section"] + "."): err(f, k, "section not in document")
    for c in r["carriers"] + r["partners"]:
        if not has(t, c): err(f, k, f"organisation {c!r} not in document")
    tv = r["territory"]
    if not has(t, tv.get("value", "")): err(f, k, "territory not in document")
    if not tv.get("departments") or not all(re.fullmatch(r"\d[\dAB]", d) for d in tv["departments"]):
        err(f, k, "departments bad")
    if r["mode"] not in ("access", "maintenance", "access_and_maintenance"): err(f, k, "mode invalid")
    if r.get("year") is not None:
        if not isinstance(r["year"], int) or not has(t, "- %d" % r["year"]): err(f, k, "year not a bullet line")
    if r["households"] is not None: check_q(f, k, "households", r["households"], t, True)
    if r["housing_units"] is not None: check_q(f, k, "housing_units", r["housing_units"], t, False)
    d = r["duration"]
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f, k, "duration bad types")
        for y in (d.get("start"), d.get("end")):
            if y is not None and not has(t, y): err(f, k, f"duration year {y} not in document")
        if d.get("renewable") and "renouvel" not in t: err(f, k, "renewable without 'renouvel'")
    c = r["cost"]
    if c is not None:
        for kk in ("total_eur", "per_year_eur", "per_household_eur"):
            if kk not in c: err(f, k, f"cost.{kk} missing"); continue
            v = c[kk]
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f, k, f"cost.{kk} not decimal string")
            elif not has(t, spaced(v) + " €") and not has(t, spaced(v) + "€"): err(f, k, f"cost {v} not in document")
    for fu in r["funding"]:
        if not has(t, fu.get("source", "")): err(f, k, f"funder {fu.get('source')} not in document")
        if fu.get("eur") is not None and not has(t, spaced(fu["eur"])): err(f, k, f"funding amount {fu['eur']} missing")
        if fu.get("share_percent") is not None and not has(t, fu["share_percent"] + " %"):
            err(f, k, f"share {fu['share_percent']} % missing")
    if not r["contacts"]: err(f, k, "no contact")
    for ct in r["contacts"]:
        if not has(t, ct.get("name", "")): err(f, k, f"contact {ct.get('name')} not in document")
        for kk in ("email", "phone"):
            if ct.get(kk) is not None and not has(t, ct[kk]): err(f, k, f"{kk} {ct[kk]} not in document")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(p for p in os.listdir(GOLD) if p != "clusters.json")
    if sorted(g[:-5] for g in golds) != docs: err("gold", "-", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = g[:-5]
        if data.get("file") != f: err(g, "-", "file field wrong")
        if not isinstance(data.get("records"), list) or not data["records"]: err(g, "-", "no records"); continue
        t = doc_text(f)
        seen = set()
        for r in data["records"]:
            k = r.get("key")
            if k in seen: err(f, k, "duplicate key")
            seen.add(k)
            if r.get("kind") == "project": check_project(f, r, t)
            elif r.get("kind") == "index_row":
                for kk, ty in INDEX_KEYS.items():
                    if not isinstance(r.get(kk), ty): err(f, k, f"index {kk} bad")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if fold(row) not in t: err(f, k, "index row not found as a tab-separated line")
            else: err(f, k, "unknown kind")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters.json", "-", "bad cluster")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], set()): err("clusters.json", "-", f"unknown record {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
