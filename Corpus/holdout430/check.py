#!/usr/bin/env python3
"""Validate holdout430 gold files: shape, keys, types, and each value's text found in its document."""
import json, os, re, sys, unicodedata, html
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
PROJECT_KEYS = {"kind", "key", "title", "carriers", "partners", "territory", "year", "mode", "households",
                "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
def need(text, value, where):
    if value is None: return
    if fold(str(value)) not in text: err(f"{where}: {value!r} not found in document")
def check_q(q, text, where):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: {k} must be {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: bad per")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if not q.get("approximate"):
        need(text, str(q["min"]), where)
    if "unit" in q: need(text, q["unit"], where + ".unit")
docs = sorted(os.listdir(DOCS))
for doc in docs:
    gp = os.path.join(GOLD, doc + ".json")
    if not os.path.exists(gp): err(f"missing gold for {doc}"); continue
    raw = open(os.path.join(DOCS, doc), "rb").read()
    text = fold(raw.decode("cp1252") if "cp1252" in doc else raw.decode("utf-8"))
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != doc: err(f"{gp}: file field")
    keys = set()
    for r in g.get("records", []):
        w = f"{doc}[{r.get('key')}]"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            for k in ("section", "localisation", "organisme", "page"): need(text, r.get(k), f"{w}.{k}")
            continue
        if r.get("kind") != "project": err(f"{w}: bad kind"); continue
        miss = PROJECT_KEYS - set(r)
        if miss: err(f"{w}: missing {sorted(miss)}")
        need(text, r.get("section"), w + ".section")
        t = r.get("title")
        if not isinstance(t, str): err(f"{w}: title type")
        else: need(text, t, w + ".title")
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k), list): err(f"{w}: {k} not a list")
            for v in r.get(k, []): need(text, v, f"{w}.{k}")
        terr = r.get("territory")
        if terr is not None:
            need(text, terr["value"], w + ".territory")
            for d in terr["departments"]:
                if not re.fullmatch(r"\d{2,3}", d): err(f"{w}: bad département {d}")
                need(text, d, w + ".departments")
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            need(text, str(r["year"]), w + ".year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        check_q(r.get("households"), text, w + ".households")
        check_q(r.get("housing_units"), text, w + ".housing_units")
        du = r.get("duration")
        if du is not None:
            if set(du) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
            if du["months"] is not None and not isinstance(du["months"], int): err(f"{w}: months type")
            for k in ("start", "end"): need(text, du[k], f"{w}.duration.{k}")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: {k} not decimal string")
                    need(text, spaced(v), f"{w}.cost.{k}")
        for f in r.get("funding", []):
            if set(f) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
            need(text, f["source"], w + ".funding.source")
            if f["eur"] is not None: need(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"] is not None: need(text, f["share_percent"] + " %", w + ".funding.share")
        for ct in r.get("contacts", []):
            if not isinstance(ct.get("name"), str): err(f"{w}: contact name")
            for k in ("name", "email", "phone"): need(text, ct.get(k), f"{w}.contact.{k}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
    for rec in c["records"]:
        gp = os.path.join(GOLD, rec["file"] + ".json")
        if not os.path.exists(gp) or rec["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
            err(f"clusters: unknown record {rec}")
extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
if extra: err(f"stray gold files {sorted(extra)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
