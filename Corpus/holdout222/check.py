#!/usr/bin/env python3
"""Validate holdout222 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, unicodedata, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("—", "-"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        errors.append(f"{where}: {value!r} not found in document")

def need_amount(doc, eur, where):
    if eur is None:
        return
    if not re.fullmatch(r"\d+", eur):
        errors.append(f"{where}: amount {eur!r} is not a decimal string"); return
    if spaced(eur) not in doc and eur not in doc:
        errors.append(f"{where}: amount {eur} not found")

def typ(v, t, where):
    if not isinstance(v, t):
        errors.append(f"{where}: wrong type {type(v).__name__}")
        return False
    return True

PROJECT_KEYS = {"kind", "key", "title", "carriers", "partners", "territory", "households", "housing_units",
                "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {None, "access", "maintenance", "access_and_maintenance"}

def check_q(doc, q, where):
    if q is None:
        return
    if not typ(q, dict, where): return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: errors.append(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        errors.append(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"): errors.append(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool): errors.append(f"{where}: bad approximate")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max") and not q.get("breakdown"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc):
            errors.append(f"{where}: count {q['min']} not found")
    for b in q.get("breakdown", []):
        need(doc, b["label"], where + ".breakdown")
        if not re.search(r"(?<!\d)" + str(b["min"]) + r"(?!\d)", doc):
            errors.append(f"{where}: breakdown {b['min']} not found")

files = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != files:
    errors.append(f"gold files {golds} do not match documents {files}")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name != g[:-5]:
        errors.append(f"{g}: file field {name!r}"); continue
    doc = load(name)
    recs = data.get("records")
    if not typ(recs, list, g) or not recs:
        errors.append(f"{g}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): errors.append(f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{g}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            miss = INDEX_KEYS - set(r)
            if miss: errors.append(f"{w}: missing {miss}")
            if r.get("key") != "index " + str(r.get("section")): errors.append(f"{w}: key/section mismatch")
            line = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
            if line not in doc: errors.append(f"{w}: index row not found as a line")
            continue
        if r.get("kind") != "project":
            errors.append(f"{w}: bad kind"); continue
        miss = PROJECT_KEYS - set(r)
        if miss: errors.append(f"{w}: missing {miss}")
        if r.get("section"): need(doc, r["section"] + ".", w + ".section")
        need(doc, r.get("title"), w + ".title")
        for k in ("carriers", "partners"):
            if typ(r.get(k), list, w + "." + k):
                for v in r[k]: need(doc, v, f"{w}.{k}")
        t = r.get("territory")
        if t is not None:
            need(doc, t.get("value"), w + ".territory")
            if not (isinstance(t.get("departments"), list) and all(re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
                errors.append(f"{w}: bad departments")
        if r.get("year") is not None:
            if typ(r["year"], int, w + ".year"): need(doc, str(r["year"]), w + ".year")
        if r.get("mode", None) not in MODES: errors.append(f"{w}: bad mode")
        check_q(doc, r.get("households"), w + ".households")
        check_q(doc, r.get("housing_units"), w + ".housing_units")
        d = r.get("duration")
        if d is not None:
            if not (isinstance(d.get("months"), int) and isinstance(d.get("renewable"), bool)):
                errors.append(f"{w}: bad duration")
            for k in ("start", "end"): need(doc, d.get(k), f"{w}.duration.{k}")
        c = r.get("cost")
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in c: errors.append(f"{w}: cost missing {k}")
                need_amount(doc, c.get(k), f"{w}.cost.{k}")
        for f in r.get("funding") or []:
            need(doc, f.get("source"), w + ".funding")
            need_amount(doc, f.get("eur"), w + ".funding.eur")
            if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                errors.append(f"{w}: share {f['share_percent']} % not found")
        for p in r.get("contacts") or []:
            for k in ("name", "email", "phone"):
                if k not in p: errors.append(f"{w}: contact missing {k}")
                need(doc, p.get(k), f"{w}.contact.{k}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: errors.append("clusters: bad cluster")
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], ()): errors.append(f"clusters: unknown record {rec}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
