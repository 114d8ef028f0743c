#!/usr/bin/env python3
"""Validate holdout286 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

PROJECT_KEYS = ["kind","key","section","section_as_written","title","carriers","partners","territory","year",
                "mode","households","housing_units","duration","cost","funding","contacts"]
INDEX_KEYS = ["kind","key","section","localisation","organisme","page"]
MODES = {"access","maintenance","access_and_maintenance",None}

def need(doc, text, where):
    if text is None: return
    if fold(str(text)) not in doc: err(f"{where}: {text!r} not found in document")

def check_q(q, doc, where):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], ty): err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: need(doc, q["unit"], where + ".unit")
    if q.get("breakdown"):
        if sum(b["min"] for b in q["breakdown"]) != q.get("min"): err(f"{where}: breakdown does not add up")
    elif not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", doc): err(f"{where}: count {q['min']} not found")
    for b in q.get("breakdown", []):
        need(doc, b["label"], where + ".breakdown")

def check_amount(a, doc, where):
    if a is None: return
    if not isinstance(a, str) or not re.fullmatch(r"\d+(\.\d+)?", a): return err(f"{where}: bad amount {a!r}")
    if spaced(a) not in doc and a not in doc: err(f"{where}: amount {spaced(a)} not found")

def check_project(r, doc, w):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{w}: missing key {k}")
    if not isinstance(r.get("key"), str) or not r["key"]: err(f"{w}: bad key")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{w}.{k}: not a string")
            else: need(doc, r[k], f"{w}.{k}")
    if not isinstance(r.get("title"), str): err(f"{w}: title not a string")
    else: need(doc, r["title"], w + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]): err(f"{w}.{k}: not a list of strings")
        else:
            for x in r[k]: need(doc, x, f"{w}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{w}.territory: bad shape")
        else:
            need(doc, t["value"], w + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}.territory: bad code {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{w}.year: not int")
        else: need(doc, str(r["year"]), w + ".year")
    if r.get("mode") not in MODES: err(f"{w}.mode invalid")
    check_q(r.get("households"), doc, w + ".households")
    check_q(r.get("housing_units"), doc, w + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or not all(k in d for k in ("months", "start", "end", "renewable")): err(f"{w}.duration: bad shape")
        else:
            if d["months"] is not None and not isinstance(d["months"], int): err(f"{w}.duration.months: not int")
            if not isinstance(d["renewable"], bool): err(f"{w}.duration.renewable: not bool")
            for k in ("start", "end"):
                if d[k] is not None: need(doc, d[k], f"{w}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or not all(k in c for k in ("total_eur", "per_year_eur", "per_household_eur")): err(f"{w}.cost: bad shape")
        else:
            for k in ("total_eur", "per_year_eur", "per_household_eur"): check_amount(c[k], doc, f"{w}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{w}.funding: not a list")
    else:
        for f in r["funding"]:
            if not isinstance(f, dict) or not all(k in f for k in ("source", "eur", "share_percent")): err(f"{w}.funding: bad item"); continue
            need(doc, f["source"], w + ".funding.source")
            check_amount(f["eur"], doc, w + ".funding.eur")
            if f["share_percent"] is not None:
                if not re.search(re.escape(f["share_percent"]) + r" ?%", doc): err(f"{w}.funding: {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list): err(f"{w}.contacts: not a list")
    else:
        for k in r["contacts"]:
            if not isinstance(k, dict) or not all(x in k for x in ("name", "email", "phone")): err(f"{w}.contacts: bad item"); continue
            need(doc, k["name"], w + ".contact.name"); need(doc, k["email"], w + ".contact.email"); need(doc, k["phone"], w + ".contact.phone")

def check_index(r, doc, w):
    for k in INDEX_KEYS:
        if k not in r or not isinstance(r[k], str): err(f"{w}: missing or non-string {k}")
    if r.get("key") != "index " + str(r.get("section")): err(f"{w}: key must be 'index ' + section")
    row = " ".join(fold(r.get(k, "")) for k in ("section", "localisation", "organisme", "page"))
    if row not in doc: err(f"{w}: whole index row not found")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name: err(f"{g}: file field {data.get('file')!r}")
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records"); continue
    doc = load(name)
    seen = set()
    for i, r in enumerate(data["records"]):
        w = f"{g}[{i}]"
        if r.get("key") in seen: err(f"{w}: duplicate key")
        seen.add(r.get("key"))
        if r.get("kind") == "project": check_project(r, doc, w)
        elif r.get("kind") == "index_row": check_index(r, doc, w)
        else: err(f"{w}: bad kind")
    keys[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or not c["why"]: err("clusters.json: missing why")
    if len(c.get("records", [])) < 2: err("clusters.json: cluster with fewer than 2 records")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()): err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
