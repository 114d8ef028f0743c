#!/usr/bin/env python3
"""Validate holdout313 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(cond, msg):
    if not cond:
        errors.append(msg)

def found(text, value, where):
    need(fold(value) in text, f"{where}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, where, text):
    if q is None:
        return
    need(isinstance(q, dict), f"{where}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        need(isinstance(q.get(k), t), f"{where}.{k}: wrong type")
    need(q.get("per") in ("total", "year"), f"{where}.per invalid")
    need(q["min"] <= q["max"], f"{where}: min > max")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)%d" % q["min"], text) is not None, f"{where}: {q['min']} not in document")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == [d + ".json" for d in docs], f"gold files {golds} do not match documents {docs}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    need(name + ".json" == g, f"{g}: file field {name!r}")
    text = fold(read_doc(name))
    need(isinstance(data.get("records"), list) and data["records"], f"{g}: records missing")
    keys = [r.get("key") for r in data["records"]]
    need(len(keys) == len(set(keys)), f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in data["records"]:
        w = f"{g}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            need(r["key"] == "index " + r["section"], f"{w}: key/section")
            for k in ("section", "localisation", "organisme", "page"):
                found(text, r[k], f"{w}.{k}")
            continue
        need(r.get("kind") == "project", f"{w}: kind")
        need(PROJECT_KEYS <= set(r), f"{w}: missing {sorted(PROJECT_KEYS - set(r))}")
        if r.get("section"):
            found(text, r["section"] + ".", w + ".section")
            need(r["key"] == r["section"], f"{w}: key != section")
        need(isinstance(r["title"], str), f"{w}: title")
        found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}.{k}")
            for v in r[k]:
                found(text, v, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            found(text, t["value"], w + ".territory")
            need(all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"]), f"{w}: departments")
            for d in t["departments"]:
                found(text, f"({d})", w + ".departments")
        if r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}.year type")
            found(text, f"- {r['year']}", w + ".year")
        need(r["mode"] is None or r["mode"] in MODES, f"{w}.mode")
        check_q(r["households"], w + ".households", text)
        check_q(r["housing_units"], w + ".housing_units", text)
        d = r.get("duration")
        if d is not None:
            need(set(d) == {"months", "start", "end", "renewable"}, f"{w}.duration keys")
            need(d["months"] is None or isinstance(d["months"], int), f"{w}.duration.months")
            need(isinstance(d["renewable"], bool), f"{w}.duration.renewable")
            for k in ("start", "end"):
                if d[k] is not None:
                    found(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}.cost keys")
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) is not None, f"{w}.cost.{k} format")
                    found(text, spaced(v) + " €", f"{w}.cost.{k}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}.funding keys")
            found(text, f["source"], w + ".funding.source")
            if f["eur"]:
                found(text, spaced(f["eur"]) + " €", w + ".funding.eur")
            if f["share_percent"]:
                found(text, f["share_percent"] + " %", w + ".funding.share")
        need(isinstance(r["contacts"], list), f"{w}.contacts")
        for p in r["contacts"]:
            need({"name", "email", "phone"} <= set(p), f"{w}.contacts keys")
            for k in ("name", "email", "phone"):
                if p.get(k):
                    found(text, p[k], f"{w}.contacts.{k}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(isinstance(cl.get("clusters"), list) and cl["clusters"], "clusters.json: clusters")
for c in cl["clusters"]:
    need(isinstance(c.get("why"), str) and c["why"], "clusters.json: why")
    need(len(c.get("records", [])) >= 2, "clusters.json: fewer than 2 records")
    for rec in c["records"]:
        need(rec.get("key") in keys_by_file.get(rec.get("file"), ()), f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
