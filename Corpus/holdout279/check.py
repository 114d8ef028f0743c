#!/usr/bin/env python3
"""Validate holdout279 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); errors.append(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)

def spaced(n):
    s = str(int(n)); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(text, val, where):
    if val is None: return
    if fold(val) not in text:
        errors.append(f"{where}: {val!r} not found in document")

def typ(v, t, where):
    if not isinstance(v, t): errors.append(f"{where}: bad type {type(v).__name__}")

PROJ = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year", "mode",
        "households", "housing_units", "duration", "cost", "funding", "contacts"]
IDX = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, text, where, unit_ok=True):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q: errors.append(f"{where}: missing {k}"); continue
        typ(q[k], t, f"{where}.{k}")
    if q.get("per") not in ("total", "year"): errors.append(f"{where}: per {q.get('per')!r}")
    if q["min"] > q["max"]: errors.append(f"{where}: min > max")
    if not q["approximate"] or q["min"] == q["max"]:
        if not re.search(r"(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})" % q["min"], text): errors.append(f"{where}: count {q['min']} not found")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        found(text, b["label"], where + ".breakdown")
        if not re.search(r"(?<![0-9])%d(?![0-9])" % b["min"], text): errors.append(f"{where}: breakdown {b['min']}")

clusters = None
files = sorted(os.listdir(GOLD))
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d + ".json" not in files: errors.append(f"no gold for {d}")
for g in files:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    if g == "clusters.json":
        clusters = data; continue
    name = g[:-5]
    if data.get("file") != name: errors.append(f"{g}: file key {data.get('file')!r}")
    if not os.path.exists(os.path.join(DOCS, name)):
        errors.append(f"{g}: document missing"); continue
    text = doc_text(name)
    typ(data.get("records"), list, g)
    keys = set()
    for r in data["records"]:
        w = f"{g}:{r.get('key')}"
        if r.get("key") in keys: errors.append(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != set(IDX): errors.append(f"{w}: keys {sorted(r)}")
            for k in IDX[2:]: found(text, r[k], f"{w}.{k}")
            found(text, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), w + " row")
            continue
        if r.get("kind") != "project": errors.append(f"{w}: kind"); continue
        if set(r) != set(PROJ): errors.append(f"{w}: keys {sorted(set(r) ^ set(PROJ))}")
        if r["section"] is not None: found(text, r["section"] + ".", w + ".section")
        typ(r["title"], str, w + ".title"); found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            typ(r[k], list, f"{w}.{k}")
            for v in r[k]: found(text, v, f"{w}.{k}")
        t = r["territory"]
        if t is not None:
            found(text, t["value"], w + ".territory")
            typ(t["departments"], list, w + ".departments")
            for dcode in t["departments"]:
                if not re.fullmatch(r"\d{2,3}", dcode): errors.append(f"{w}: dept {dcode}")
        if r["year"] is not None:
            typ(r["year"], int, w + ".year"); found(text, "- " + str(r["year"]), w + ".year")
        if r["mode"] not in ("access", "maintenance", "access_and_maintenance", None): errors.append(f"{w}: mode")
        check_q(r["households"], text, w + ".households")
        check_q(r["housing_units"], text, w + ".housing_units")
        du = r["duration"]
        if du is not None:
            if set(du) != {"months", "start", "end", "renewable"}: errors.append(f"{w}: duration keys")
            typ(du["months"], int, w + ".months")
            for k in ("start", "end"):
                if du[k] is not None: found(text, du[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errors.append(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(f"{w}: {k} not decimal")
                    found(text, spaced(v) + " €", f"{w}.cost.{k}")
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: errors.append(f"{w}: funding keys")
            found(text, f["source"], w + ".funding")
            if f["eur"]: found(text, spaced(f["eur"]) + " €", w + ".funding.eur")
            if f["share_percent"]: found(text, f["share_percent"] + " %", w + ".funding.share")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: errors.append(f"{w}: contact keys")
            for k in ("name", "email", "phone"): found(text, ct[k], f"{w}.contact.{k}")

if clusters is None:
    errors.append("clusters.json missing")
else:
    for cl in clusters.get("clusters", []):
        typ(cl.get("why"), str, "clusters.why")
        for rec in cl["records"]:
            p = os.path.join(GOLD, rec["file"] + ".json")
            if not os.path.exists(p): errors.append(f"cluster file {rec['file']}"); continue
            if rec["key"] not in {r["key"] for r in json.load(open(p, encoding="utf-8"))["records"]}:
                errors.append(f"cluster key {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
