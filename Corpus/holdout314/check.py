#!/usr/bin/env python3
"""Validate holdout314 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(f, k, msg): errors.append(f"{f} [{k}]: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "oe")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):  # 211437 -> 211 437
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def found(doc, value, f, k, what):
    if fold(str(value)) not in doc: err(f, k, f"{what} {value!r} not in document")

def check_q(q, f, k, name, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f, k, f"{name} not an object")
    for key, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(key), t): err(f, k, f"{name}.{key} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f, k, f"{name}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f, k, f"{name} min>max")
    if "unit" in q: found(doc, q["unit"], f, k, name + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?! ?\d)", doc): err(f, k, f"{name} {q['min']} not in document")

def check_project(r, f, k, doc):
    if set(r) != PROJECT_KEYS: err(f, k, f"keys {sorted(set(r) ^ PROJECT_KEYS)}")
    for key in ("section", "section_as_written"):
        if r.get(key) is not None:
            if not isinstance(r[key], str): err(f, k, key + " not a string")
            else: found(doc, r[key], f, k, key)
    if not isinstance(r.get("title"), str): err(f, k, "title not a string")
    else: found(doc, r["title"], f, k, "title")
    for key in ("carriers", "partners"):
        if not isinstance(r.get(key), list): err(f, k, key + " not a list"); continue
        for v in r[key]:
            if not isinstance(v, str): err(f, k, key + " item not a string")
            else: found(doc, v, f, k, key)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f, k, "territory shape")
        else:
            found(doc, t["value"], f, k, "territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f, k, f"department {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f, k, "year not an int")
        else: found(doc, r["year"], f, k, "year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f, k, "mode invalid")
    check_q(r.get("households"), f, k, "households", doc)
    check_q(r.get("housing_units"), f, k, "housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f, k, "duration keys")
        if d.get("months") is not None and not isinstance(d["months"], int): err(f, k, "duration.months type")
        if not isinstance(d.get("renewable"), bool): err(f, k, "duration.renewable type")
        for key in ("start", "end"):
            if d.get(key) is not None: found(doc, d[key], f, k, "duration." + key)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f, k, "cost keys")
        for key, v in c.items():
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f, k, f"cost.{key} not a decimal string")
            else: found(doc, spaced(v), f, k, "cost." + key)
    if not isinstance(r.get("funding"), list): err(f, k, "funding not a list")
    else:
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f, k, "funding keys"); continue
            found(doc, fu["source"], f, k, "funding.source")
            if fu["eur"] is not None: found(doc, spaced(fu["eur"]), f, k, "funding.eur")
            if fu["share_percent"] is not None: found(doc, fu["share_percent"] + " %", f, k, "funding.share")
    if not isinstance(r.get("contacts"), list): err(f, k, "contacts not a list")
    else:
        for ct in r["contacts"]:
            if not isinstance(ct.get("name"), str): err(f, k, "contact name"); continue
            for key in ("name", "email", "phone"):
                if ct.get(key) is not None: found(doc, ct[key], f, k, "contact." + key)

def check_index(r, f, k, doc):
    if set(r) != INDEX_KEYS: err(f, k, f"keys {sorted(set(r) ^ INDEX_KEYS)}")
    if r.get("key") != "index " + str(r.get("section")): err(f, k, "index key")
    found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), f, k, "index row")

docs = sorted(os.listdir(DOCS))
golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
if [g[:-5] for g in golds] != docs: errors.append(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = data.get("file")
    if f + ".json" != g: err(g, "-", "file field mismatch"); continue
    doc = load_doc(f)
    if not isinstance(data.get("records"), list) or not data["records"]: err(f, "-", "no records"); continue
    seen = set()
    for r in data["records"]:
        k = r.get("key")
        if not isinstance(k, str) or k in seen: err(f, k, "missing or duplicate key")
        seen.add(k)
        if r.get("kind") == "project": check_project(r, f, k, doc)
        elif r.get("kind") == "index_row": check_index(r, f, k, doc)
        else: err(f, k, "bad kind")
    keys[f] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: errors.append("clusters: bad cluster")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()): errors.append(f"clusters: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
