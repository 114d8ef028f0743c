#!/usr/bin/env python3
"""Validate holdout324 gold files: shape, keys, types, values found in documents. Standard library only."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try: t = raw.decode("utf-8")
    except UnicodeDecodeError: t = raw.decode("cp1252")
    if name.endswith(".html"): t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(d):
    s = str(d); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def need(text, val, where):
    if fold(val) not in text: errors.append(f"{where}: {val!r} not found")
PROJ = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"]
def chk_q(q, where, text):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): errors.append(f"{where}: bad {k}")
    if q.get("per") not in ("total", "year"): errors.append(f"{where}: per")
    if q["min"] > q["max"]: errors.append(f"{where}: min>max")
    if not q["approximate"] and not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text): errors.append(f"{where}: {q['min']} not found")
    if "unit" in q: need(text, q["unit"], where + ".unit")
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: errors.append(f"gold/doc mismatch {golds} {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    if data.get("file") != g[:-5]: errors.append(f"{g}: file")
    text = load(data["file"]); keys[data["file"]] = set()
    for r in data["records"]:
        w = f"{g}:{r.get('key')}"; keys[data["file"]].add(r["key"])
        if r["kind"] == "index_row":
            for k in ("key", "section", "localisation", "organisme", "page"):
                if not isinstance(r.get(k), str): errors.append(f"{w}: {k}")
                elif k != "key": need(text, r[k], w + "." + k)
            continue
        if r["kind"] != "project": errors.append(f"{w}: kind"); continue
        for k in PROJ:
            if k not in r: errors.append(f"{w}: missing {k}")
        for k in ("title", "section"):
            if r[k] is not None: need(text, r[k], w + "." + k)
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): errors.append(f"{w}: {k}")
            for v in r[k]: need(text, v, w + "." + k)
        t = r["territory"]
        if t is not None:
            need(text, t["value"], w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): errors.append(f"{w}: departments")
        if r["year"] is not None:
            if not isinstance(r["year"], int): errors.append(f"{w}: year type")
            need(text, str(r["year"]), w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(f"{w}: mode")
        chk_q(r["households"], w + ".households", text); chk_q(r["housing_units"], w + ".housing_units", text)
        d = r["duration"]
        if d is not None:
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): errors.append(f"{w}: duration types")
            for k in ("start", "end"):
                if d[k] is not None: need(text, d[k], w + ".duration." + k)
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                v = c[k]
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(f"{w}: {k} format")
                elif fold(spaced(v)) not in text and v not in text: errors.append(f"{w}: {k} {v} not found")
        for f in r["funding"]:
            need(text, f["source"], w + ".funding")
            if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", text): errors.append(f"{w}: share {f['share_percent']}")
            if f["eur"] is not None and fold(spaced(f["eur"])) not in text: errors.append(f"{w}: funding eur")
        for c in r["contacts"]:
            need(text, c["name"], w + ".contact")
            if c["email"]: need(text, c["email"], w + ".email")
            if c["phone"]: need(text, c["phone"], w + ".phone")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not isinstance(c.get("why"), str) or len(c["records"]) < 2: errors.append("clusters: shape")
    for r in c["records"]:
        if r["key"] not in keys.get(r["file"], ()): errors.append(f"clusters: {r} unknown")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
