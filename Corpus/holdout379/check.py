#!/usr/bin/env python3
"""Validate holdout379 gold files (standard library only). Prints OK when all pass."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def doc_text(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    s = b.decode("cp1252") if "cp1252" in name else b.decode("utf-8")
    if name.endswith(".html"):
        s = re.sub(r"<[^>]+>", " ", s)
    return fold(s)
def spaced(n):
    n = str(n); out = ""
    while len(n) > 3: out = " " + n[-3:] + out; n = n[:-3]
    return n + out
def found(text, value, where):
    if value is None: return
    if fold(str(value)) not in text: err(f"{where}: {value!r} not found in document")
def is_q(q, where, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): err(f"{where}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], t): err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q and not isinstance(q["unit"], str): err(f"{where}.unit: not a string")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [d + ".json" for d in docs] != golds: err(f"documents and gold files differ: {docs} vs {golds}")
keys_by_file = {}
for g in golds:
    path = os.path.join(GOLD, g)
    try: data = json.load(open(path, encoding="utf-8"))
    except Exception as e: err(f"{g}: invalid JSON ({e})"); continue
    name = g[:-5]
    if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records"); continue
    text = doc_text(name); keys = set()
    for i, r in enumerate(data["records"]):
        w = f"{g}[{i}]"
        if r.get("kind") not in ("project", "index_row"): err(f"{w}: bad kind"); continue
        if not isinstance(r.get("key"), str) or not r["key"]: err(f"{w}: key"); continue
        if r["key"] in keys: err(f"{w}: duplicate key {r['key']}")
        keys.add(r["key"]); w = f"{g}:{r['key']}"
        need = PROJECT_KEYS if r["kind"] == "project" else INDEX_KEYS
        for k in need:
            if k not in r: err(f"{w}: missing {k}")
        if r["kind"] == "index_row":
            if r["key"] != "index " + str(r.get("section")): err(f"{w}: key/section mismatch")
            for k in ("section", "localisation", "organisme", "page"):
                if not isinstance(r.get(k), str): err(f"{w}.{k}: not a string")
                else: found(text, r[k], f"{w}.{k}")
            continue
        if r["section"] is not None:
            found(text, r["section"] + ".", f"{w}.section")
            if r["key"] != r["section"]: err(f"{w}: key != section")
        if not isinstance(r["title"], str): err(f"{w}.title: not a string")
        else: found(text, r["title"], f"{w}.title")
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{w}.{k}: not a list of strings")
            else:
                for x in r[k]: found(text, x, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{w}.territory: shape")
            else:
                found(text, t["value"], f"{w}.territory")
                for d in t["departments"]:
                    if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}.territory: bad code {d}")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}.year: not int")
            else: found(text, "- " + str(r["year"]), f"{w}.year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode: bad")
        for k in ("households", "housing_units"):
            q = r[k]; is_q(q, f"{w}.{k}")
            if q and not q["approximate"]:
                found(text, str(q["min"]), f"{w}.{k}.min")
                found(text, str(q["max"]), f"{w}.{k}.max")
            if q and q.get("unit"): found(text, q["unit"], f"{w}.{k}.unit")
        d = r["duration"]
        if d is not None:
            for k, ty in (("months", (int, type(None))), ("start", (str, type(None))), ("end", (str, type(None))), ("renewable", bool)):
                if k not in d or not isinstance(d[k], ty): err(f"{w}.duration.{k}: missing or wrong type")
            for k in ("start", "end"):
                if d.get(k): found(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in c: err(f"{w}.cost.{k}: missing")
                elif c[k] is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", c[k]): err(f"{w}.cost.{k}: not a decimal string")
                    else: found(text, spaced(c[k]), f"{w}.cost.{k}")
        if not isinstance(r["funding"], list): err(f"{w}.funding: not a list")
        else:
            for f in r["funding"]:
                if set(f) != {"source", "eur", "share_percent"}: err(f"{w}.funding: keys {sorted(f)}")
                found(text, f.get("source"), f"{w}.funding.source")
                if f.get("eur"): found(text, spaced(f["eur"]), f"{w}.funding.eur")
                if f.get("share_percent"): found(text, f["share_percent"] + " %", f"{w}.funding.share")
        if not isinstance(r["contacts"], list): err(f"{w}.contacts: not a list")
        else:
            for p in r["contacts"]:
                if not isinstance(p.get("name"), str): err(f"{w}.contacts: name missing")
                for k in ("name", "email", "phone"):
                    if k not in p: err(f"{w}.contacts.{k}: missing")
                    elif p[k] is not None: found(text, p[k], f"{w}.contacts.{k}")
    keys_by_file[name] = keys
try:
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not isinstance(c.get("why"), str) or len(c["records"]) < 2: err("clusters: shape")
        for rec in c["records"]:
            if rec["key"] not in keys_by_file.get(rec["file"], set()): err(f"clusters: unknown record {rec}")
except Exception as e:
    err(f"clusters.json: {e}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
