#!/usr/bin/env python3
"""Validate holdout395 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    b = open(os.path.join(DOC, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(d):
    s = str(d); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(cond, msg):
    if not cond: errs.append(msg)

def found(text, val, where):
    need(fold(val) in text, f"{where}: {val!r} not found in document")

QK = {"min": int, "max": int, "per": str, "approximate": bool}
PROJ = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
        "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(q, text, where, unit=True):
    if q is None: return
    for k, t in QK.items():
        need(isinstance(q.get(k), t), f"{where}: {k} missing or not {t.__name__}")
    need(q["per"] in ("total", "year"), f"{where}: bad per")
    need(q["min"] <= q["max"], f"{where}: min > max")
    if not q["approximate"] and q["min"] == q["max"] and not q.get("breakdown"):
        need(re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)", text) is not None, f"{where}: count {q['min']} not in document")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        found(text, b["label"], where + ".breakdown")

files = sorted(os.listdir(DOC))
need(len(files) == 7, f"expected 7 documents, found {len(files)}")
for name in files:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp):
        errs.append(f"missing gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    need(g.get("file") == name, f"{gp}: file key")
    text = load(name)
    keys = set()
    for r in g["records"]:
        w = f"{name}[{r.get('key')}]"
        need(r.get("key") not in keys, f"{w}: duplicate key"); keys.add(r.get("key"))
        if r["kind"] == "index_row":
            for k in ("section", "localisation", "organisme", "page"):
                need(isinstance(r.get(k), str), f"{w}: {k}")
                found(text, r[k], w + "." + k)
            need(r["key"] == "index " + r["section"], f"{w}: index key")
            continue
        need(r["kind"] == "project", f"{w}: kind")
        for k in PROJ:
            need(k in r, f"{w}: missing {k}")
        if r["section"]: found(text, r["section"] + ".", w + ".section")
        if r["title"]: found(text, r["title"], w + ".title")
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f"{w}: {k} list")
            for v in r[k]: found(text, v, f"{w}.{k}")
        if r["territory"]:
            found(text, r["territory"]["value"], w + ".territory")
            need(all(isinstance(d, str) and d.isdigit() for d in r["territory"]["departments"]), f"{w}: departments")
        if r["year"] is not None:
            need(isinstance(r["year"], int), f"{w}: year int"); found(text, str(r["year"]), w + ".year")
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        check_q(r["households"], text, w + ".households")
        check_q(r["housing_units"], text, w + ".housing_units")
        d = r["duration"]
        if d:
            need(isinstance(d.get("months"), int) and isinstance(d.get("renewable"), bool), f"{w}: duration")
            for k in ("start", "end"):
                if d.get(k): found(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                need(k in c, f"{w}: cost.{k}")
                if c[k] is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", c[k]) is not None, f"{w}: cost.{k} not decimal")
                    found(text, spaced(c[k]), f"{w}.cost.{k}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            found(text, f["source"], w + ".funding")
            if f["eur"]: found(text, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"]: found(text, f["share_percent"] + " %", w + ".funding.share")
        for p in r["contacts"]:
            found(text, p["name"], w + ".contact")
            if p.get("email"): found(text, p["email"], w + ".email")
            if p.get("phone"): found(text, p["phone"], w + ".phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(len(c["records"]) >= 2 and isinstance(c.get("why"), str), "clusters: shape")
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
        need(any(r["key"] == rec["key"] for r in g["records"]), f"clusters: {rec} not in gold")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
