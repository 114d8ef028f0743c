#!/usr/bin/env python3
"""Validate holdout277 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(d):
    return "{:,}".format(int(d)).replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

def found(text, value, where):
    need(fold(str(value)) in text, f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "title", "carriers", "partners", "territory", "year", "mode", "households",
                "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, where, text):
    if q is None:
        return
    need(isinstance(q, dict), f"{where}: not an object")
    for k in ("min", "max", "per", "approximate"):
        need(k in q, f"{where}: missing {k}")
    need(isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"], f"{where}: bad min/max")
    need(q.get("per") in ("total", "year"), f"{where}: bad per")
    need(isinstance(q.get("approximate"), bool), f"{where}: approximate not bool")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")
    if not q.get("approximate"):
        need(re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], text) is not None, f"{where}: {q['min']} not in document")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
need(len(docs) == 7, f"expected 7 documents, found {len(docs)}")
need(sorted(f[:-5] for f in files) == docs, "gold files do not match documents one to one")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    need(g.get("file") == name, f"{gf}: file field {g.get('file')!r}")
    text = load(name)
    recs = g.get("records")
    need(isinstance(recs, list) and recs, f"{gf}: no records")
    keys = [r.get("key") for r in recs]
    need(len(keys) == len(set(keys)), f"{gf}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{gf}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            need(r["key"] == "index " + r["section"], f"{w}: key/section")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            found(text, row, w + ".row")
            continue
        need(r.get("kind") == "project", f"{w}: bad kind")
        need(PROJECT_KEYS <= set(r), f"{w}: missing {sorted(PROJECT_KEYS - set(r))}")
        need(isinstance(r.get("key"), str), f"{w}: key")
        if r.get("section"):
            found(text, r["section"] + ".", w + ".section")
            need(r["key"] == r["section"], f"{w}: key != section")
        need(isinstance(r["title"], str), f"{w}: title")
        found(text, r["title"], w + ".title")
        for f in ("carriers", "partners"):
            need(isinstance(r[f], list), f"{w}: {f} not list")
            for v in r[f]:
                found(text, v, f"{w}.{f}")
        t = r["territory"]
        need(isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list), f"{w}: territory")
        found(text, t["value"], w + ".territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}|2[AB]", d) is not None, f"{w}: département {d}")
        if r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}: year")
            found(text, "- %d" % r["year"], w + ".year")
        need(r["mode"] in MODES, f"{w}: mode")
        check_q(r["households"], w + ".households", text)
        check_q(r["housing_units"], w + ".housing_units", text)
        du = r["duration"]
        if du is not None:
            need(set(du) == {"months", "start", "end", "renewable"}, f"{w}: duration keys")
            need(du["months"] is None or isinstance(du["months"], int), f"{w}: months")
            need(isinstance(du["renewable"], bool), f"{w}: renewable")
            for k in ("start", "end"):
                if du[k] is not None:
                    found(text, du[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) is not None, f"{w}: {k} not decimal")
                    found(text, spaced(v), f"{w}.cost.{k}")
        need(isinstance(r["funding"], list), f"{w}: funding")
        for fu in r["funding"]:
            need(set(fu) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            found(text, fu["source"], w + ".funding.source")
            if fu["eur"] is not None:
                found(text, spaced(fu["eur"]), w + ".funding.eur")
            if fu["share_percent"] is not None:
                found(text, fu["share_percent"] + " %", w + ".funding.share")
        need(isinstance(r["contacts"], list) and r["contacts"], f"{w}: contacts")
        for ct in r["contacts"]:
            need({"name", "email", "phone"} <= set(ct), f"{w}: contact keys")
            for k in ("name", "email", "phone"):
                if ct.get(k) is not None:
                    found(text, ct[k], f"{w}.contact.{k}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: no clusters")
for c in cl.get("clusters", []):
    need(isinstance(c.get("why"), str) and c["why"], "clusters.json: why")
    need(len(c.get("records", [])) >= 2, "clusters.json: fewer than 2 records")
    for rec in c.get("records", []):
        need(rec.get("key") in keys_by_file.get(rec.get("file"), set()), f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
