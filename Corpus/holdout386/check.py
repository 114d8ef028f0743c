#!/usr/bin/env python3
"""Validate holdout386 gold files: shape, keys, types, and that values occur in the documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

def found(doc, value, what):
    if fold(value) not in doc:
        err(f"{what}: {value!r} not found in document")

def amount_found(doc, eur, what):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and str(n) not in doc:
        err(f"{what}: amount {eur} not found")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(doc, q, what):
    if q is None: return
    if not isinstance(q, dict): return err(f"{what}: not an object")
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{what}.{k}: wrong type or missing")
    if q.get("per") not in ("total", "year"): err(f"{what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{what}: min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc):
        err(f"{what}: count {q['min']} not found")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{what}.unit not a string")
        else: found(doc, q["unit"], what + ".unit")

def check_project(doc, r, w):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{w}: missing key {k}")
    if not isinstance(r.get("key"), str): err(f"{w}: key not a string")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{w}.{k} not a string")
            else: found(doc, r[k], f"{w}.{k}")
    if r.get("title") is not None:
        if not isinstance(r["title"], str): err(f"{w}.title not a string")
        else: found(doc, r["title"], f"{w}.title")
    for k in ("carriers", "partners"):
        v = r.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v): err(f"{w}.{k} not a list of strings")
        else:
            for x in v: found(doc, x, f"{w}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{w}.territory shape")
        else:
            found(doc, t["value"], f"{w}.territory")
            for d in t["departments"]:
                if not (isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d)): err(f"{w}.territory code {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{w}.year not an int")
        else: found(doc, str(y), f"{w}.year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode invalid")
    check_q(doc, r.get("households"), w + ".households")
    check_q(doc, r.get("housing_units"), w + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or set(d) != {"months", "start", "end", "renewable"}: err(f"{w}.duration shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int): err(f"{w}.duration.months type")
            if not isinstance(d["renewable"], bool): err(f"{w}.duration.renewable type")
            for k in ("start", "end"):
                if d[k] is not None:
                    if not isinstance(d[k], str): err(f"{w}.duration.{k} type")
                    else: found(doc, d[k], f"{w}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}.cost shape")
        else:
            for k, v in c.items():
                if v is not None:
                    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}.cost.{k} not a decimal string")
                    else: amount_found(doc, v, f"{w}.cost.{k}")
    f = r.get("funding")
    if not isinstance(f, list): err(f"{w}.funding not a list")
    else:
        for x in f:
            if not isinstance(x, dict) or set(x) != {"source", "eur", "share_percent"}: err(f"{w}.funding shape"); continue
            found(doc, x["source"], f"{w}.funding.source")
            if x["eur"] is not None: amount_found(doc, x["eur"], f"{w}.funding.eur")
            if x["share_percent"] is not None and not re.search(r"(?<!\d)%s ?%%" % re.escape(x["share_percent"]), doc):
                err(f"{w}.funding share {x['share_percent']} % not found")
    cs = r.get("contacts")
    if not isinstance(cs, list): err(f"{w}.contacts not a list")
    else:
        for x in cs:
            if not isinstance(x, dict) or not isinstance(x.get("name"), str): err(f"{w}.contact shape"); continue
            for k in ("name", "email", "phone", "role", "organisation"):
                if x.get(k) is not None: found(doc, x[k], f"{w}.contact.{k}")

def check_index(doc, r, w):
    for k in INDEX_KEYS:
        if not isinstance(r.get(k), str): err(f"{w}: {k} missing or not a string")
    if r.get("key") != "index " + str(r.get("section")): err(f"{w}: key must be 'index ' + section")
    if all(isinstance(r.get(k), str) for k in INDEX_KEYS[2:]):
        found(doc, "\t".join(r[k] for k in INDEX_KEYS[2:]).replace("\t", " "), f"{w} (whole row)")

docs = sorted(os.listdir(DOCS))
golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
if [g[:-5] for g in golds] != docs: err(f"gold files do not match documents: {golds} vs {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
    if not os.path.exists(os.path.join(DOCS, name)): continue
    doc = load(name)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(f"{g}: records missing"); continue
    seen = set()
    for r in recs:
        w = f"{g}[{r.get('key')}]"
        if r.get("key") in seen: err(f"{w}: duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "project": check_project(doc, r, w)
        elif r.get("kind") == "index_row": check_index(doc, r, w)
        else: err(f"{w}: bad kind")
    keys[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json: cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()): err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
