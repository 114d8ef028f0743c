#!/usr/bin/env python3
"""Validate holdout424 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); errors.append(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def need(doc, value, where):
    if value is None: return
    if fold(str(value)) not in doc: errors.append(f"{where}: {value!r} not found")

def spaced(n):
    s = str(int(n)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def quantity(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): errors.append(where + ": not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): errors.append(f"{where}.{k}: bad type")
    if q.get("per") not in ("total", "year"): errors.append(where + ".per: bad value")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: errors.append(where + ": min > max")
    if not q.get("approximate") and q.get("min") == q.get("max"): need(doc, str(q["min"]), where + ".min")
    if "unit" in q: need(doc, q["unit"], where + ".unit")

files = sorted(f for f in os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != files: errors.append(f"gold files {golds} do not match documents {files}")
allkeys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name != g[:-5]: errors.append(g + ": file name mismatch"); continue
    doc = load(name)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: errors.append(g + ": no records"); continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys): errors.append(g + ": duplicate keys")
    allkeys[name] = set(keys)
    for r in recs:
        w = f"{name}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: errors.append(w + ": index keys " + str(sorted(set(r) ^ INDEX_KEYS)))
            if r.get("key") != "index " + str(r.get("section")): errors.append(w + ": key")
            line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            need(doc, line, w + ".row")
            continue
        if r.get("kind") != "project": errors.append(w + ": bad kind"); continue
        if set(r) != PROJECT_KEYS: errors.append(w + ": project keys " + str(sorted(set(r) ^ PROJECT_KEYS)))
        if r.get("section") is not None:
            if r["key"] != r["section"]: errors.append(w + ": key != section")
            need(doc, r["section"] + ".", w + ".section")
        need(doc, r.get("title"), w + ".title")
        for f in ("carriers", "partners"):
            if not isinstance(r.get(f), list) or not all(isinstance(x, str) for x in r[f]): errors.append(w + "." + f + ": bad type")
            for x in r.get(f) or []: need(doc, x, w + "." + f)
        t = r.get("territory")
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): errors.append(w + ".territory: bad type")
            need(doc, t["value"], w + ".territory")
            for c in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", c): errors.append(w + ".territory: bad code " + c)
        if r.get("year") is not None:
            if not isinstance(r["year"], int): errors.append(w + ".year: type")
            need(doc, "- " + str(r["year"]), w + ".year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): errors.append(w + ".mode")
        quantity(r.get("households"), w + ".households", doc)
        quantity(r.get("housing_units"), w + ".housing_units", doc)
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: errors.append(w + ".duration keys")
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): errors.append(w + ".duration types")
            for k in ("start", "end"):
                if d[k] is not None: need(doc, d[k], w + ".duration." + k)
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errors.append(w + ".cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): errors.append(w + ".cost." + k + ": not decimal string")
                    else: need(doc, spaced(v), w + ".cost." + k)
        for f in r.get("funding") or []:
            if set(f) != {"source", "eur", "share_percent"}: errors.append(w + ".funding keys")
            need(doc, f["source"], w + ".funding.source")
            if f["eur"] is not None: need(doc, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"] is not None: need(doc, f["share_percent"] + " %", w + ".funding.share")
        for ct in r.get("contacts") or []:
            if not {"name", "email", "phone"} <= set(ct): errors.append(w + ".contacts keys")
            for k in ("name", "email", "phone"): need(doc, ct.get(k), w + ".contacts." + k)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: errors.append("clusters: shape")
    for rec in c.get("records", []):
        if rec.get("key") not in allkeys.get(rec.get("file"), set()): errors.append(f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
