#!/usr/bin/env python3
"""Validate holdout281 gold files (standard library only). Prints OK or the problems."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errs = []
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); errs.append(name + ": cp1252 file decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        t = raw.decode("cp1252")
    else:
        t = raw.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out
def found(doc, text, where):
    if text is None: return
    if fold(text) not in doc: errs.append(f"{where}: {text!r} not found")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q): errs.append(where + ": bad quantity"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): errs.append(where + ": min/max")
    if q["per"] not in ("total", "year"): errs.append(where + ": per")
    if not isinstance(q["approximate"], bool): errs.append(where + ": approximate")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc): errs.append(where + f": {q['min']} not in text")
expected = sorted(f for f in os.listdir(DOCS))
golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
if expected != golds: errs.append(f"documents {expected} vs gold {golds}")
keys_by_file = {}
for name in golds:
    where0 = "gold/" + name + ".json"
    try:
        g = json.load(open(os.path.join(GOLD, name + ".json"), encoding="utf-8"))
    except Exception as e:
        errs.append(f"{where0}: {e}"); continue
    if g.get("file") != name: errs.append(where0 + ": file mismatch")
    doc = load(name); seen = set()
    for r in g.get("records", []):
        w = f"{where0} [{r.get('key')}]"
        if r.get("key") in seen: errs.append(w + ": duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: errs.append(w + ": index keys " + str(set(r) ^ INDEX_KEYS))
            if r["key"] != "index " + r["section"]: errs.append(w + ": index key")
            for k in ("section", "localisation", "organisme", "page"): found(doc, r[k], w + "." + k)
            continue
        if r.get("kind") != "project": errs.append(w + ": kind"); continue
        if not set(r) <= PROJECT_KEYS or not {"kind", "key", "title", "carriers", "territory"} <= set(r):
            errs.append(w + ": project keys " + str(set(r) - PROJECT_KEYS)); continue
        for k in ("section", "title"): 
            if r.get(k) is not None: found(doc, r[k], w + "." + k)
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k, []), list): errs.append(w + "." + k + " not a list")
            for v in r.get(k, []): found(doc, v, w + "." + k)
        t = r.get("territory")
        if t is not None:
            found(doc, t["value"], w + ".territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) and int(d) % 2 == 1 for d in t["departments"]):
                errs.append(w + ": departments must be odd codes")
        if r.get("year") is not None:
            if not isinstance(r["year"], int): errs.append(w + ": year type")
            found(doc, str(r["year"]), w + ".year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): errs.append(w + ": mode")
        check_q(r.get("households"), w + ".households", doc); check_q(r.get("housing_units"), w + ".housing_units", doc)
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["months"], int): errs.append(w + ": duration shape")
            for k in ("start", "end"):
                if d[k] is not None: found(doc, d[k], w + ".duration." + k)
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errs.append(w + ": cost shape")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errs.append(w + ": cost not decimal string")
                    else: found(doc, spaced(v), w + ".cost." + k)
        for f in r.get("funding", []):
            if set(f) != {"source", "eur", "share_percent"}: errs.append(w + ": funding shape")
            found(doc, f["source"], w + ".funding.source")
            if f["eur"] is not None: found(doc, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", w + ".funding.share")
        for p in r.get("contacts", []):
            if not {"name", "email", "phone"} <= set(p): errs.append(w + ": contact shape")
            for k in ("name", "email", "phone"): found(doc, p.get(k), w + ".contact." + k)
    keys_by_file[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not c.get("why") or len(c.get("records", [])) < 2: errs.append("clusters: why/records")
    for m in c["records"]:
        if m.get("key") not in keys_by_file.get(m.get("file"), set()): errs.append(f"clusters: unknown {m}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
