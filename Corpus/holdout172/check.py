#!/usr/bin/env python3
"""Checks holdout172's gold: keys and types (per ../gold/README.md), index rows present in the guide,
and gold values found in their documents (folded; cp1252 decoded; HTML stripped and unescaped)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("’", "'")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\u00a0\u202f]+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
        if "cp1252" in name: err(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):  # "131742" -> "131 742"
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {None, "access", "maintenance", "access_and_maintenance"}

def check_q(where, q):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not bool")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}
    if extra: err(f"{where}: unknown quantity keys {extra}")

def present(where, text, value, what):
    if value is None: return
    if fold(str(value)) not in text: err(f"{where}: {what} {value!r} not found in document")

def amount_present(where, text, eur):
    if eur is None: return
    if not re.fullmatch(r"\d+", eur): return err(f"{where}: amount {eur!r} not a plain decimal string")
    n = int(eur)
    forms = [spaced(n), str(n)]
    if n % 100 == 0 and n >= 1000: forms.append(f"{n/1000:g} k€".replace(".", ","))
    if not any(fold(f) in text for f in forms): err(f"{where}: amount {eur} not found ({forms})")

gold_files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
if sorted(f[:-5] for f in gold_files) != docs: err(f"gold files {gold_files} do not match documents {docs}")
keys_by_file = {}
for gf in gold_files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = g.get("file")
    if name != gf[:-5]: err(f"{gf}: file field {name!r}")
    if set(g) != {"file", "records"}: err(f"{gf}: top-level keys {set(g)}")
    text = load(name)
    keys = set()
    for r in g["records"]:
        where = f"{name} [{r.get('key')}]"
        if r.get("key") in keys: err(f"{where}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{where}: keys {set(r) ^ INDEX_KEYS}")
            if r["key"] != "index " + r["section"]: err(f"{where}: key/section mismatch")
            row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
            if row not in text: err(f"{where}: index row not found in guide")
            continue
        if r.get("kind") != "project": err(f"{where}: bad kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{where}: keys differ {set(r) ^ PROJECT_KEYS}")
        for k in ("carriers", "partners", "funding", "contacts"):
            if not isinstance(r[k], list): err(f"{where}: {k} not a list")
        if r["mode"] not in MODES: err(f"{where}: bad mode")
        if r["year"] is not None and not isinstance(r["year"], int): err(f"{where}: year not int")
        if r["section"] is not None: present(where, text, r["section"] + ".", "section")
        if r["year"] is not None: present(where, text, "- " + str(r["year"]), "year")
        present(where, text, r["title"], "title")
        for c in r["carriers"] + r["partners"]: present(where, text, c, "carrier/partner")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{where}: bad territory")
            present(where, text, t["value"], "territory")
        for k in ("households", "housing_units"):
            q = r[k]; check_q(f"{where} {k}", q)
            if q and not q["approximate"]:
                present(where, text, q["min"], k + " min"); present(where, text, q["max"], k + " max")
            if q and q.get("unit"): present(where, text, q["unit"], k + " unit")
            for b in (q or {}).get("breakdown", []):
                present(where, text, f"{b['min']} pour un {b['label']}" if "pour un" in text else b["min"], "breakdown")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
            if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool): err(f"{where}: duration types")
            for y in (d["start"], d["end"]):
                if y is not None:
                    if not isinstance(y, str): err(f"{where}: year not a string")
                    present(where, text, y, "duration year")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
            for v in c.values(): amount_present(where, text, v)
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
            present(where, text, f["source"], "funder")
            amount_present(where, text, f["eur"])
            if f["share_percent"] is not None: present(where, text, f["share_percent"] + " %", "share")
        for p in r["contacts"]:
            if set(p) != {"name", "email", "phone"}: err(f"{where}: contact keys")
            for k in ("name", "email", "phone"): present(where, text, p[k], "contact " + k)
    keys_by_file[name] = keys

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], set()): err(f"cluster record {rec} not in gold")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
