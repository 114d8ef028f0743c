#!/usr/bin/env python3
"""Validate holdout327 gold files: shape, keys, types, and that values occur in their document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    else:
        t = re.sub(r"<[^>]+>", " ", t)
    return fold(t)
def spaced(d):
    n = int(d); return f"{n:,}".replace(",", " ")
def found(text, v, what, f):
    if fold(v) not in text: err(f"{f}: {what} {v!r} not found in document")
REQ_P = ["kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"]
REQ_I = ["kind","key","section","localisation","organisme","page"]
def chk_q(q, f, key, field, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{f} {key}: {field} not object")
    for k, t in [("min", int), ("max", int), ("per", str), ("approximate", bool)]:
        if k not in q or not isinstance(q[k], t) or (t is int and isinstance(q[k], bool)):
            err(f"{f} {key}: {field}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{f} {key}: {field}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{f} {key}: {field} min > max")
    if "unit" in q: found(text, q["unit"], field + ".unit", f)
    if not q.get("approximate") and not re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], text):
        err(f"{f} {key}: {field} count {q['min']} not found")
docs = sorted(os.listdir(DOCS)); golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if sorted(d + ".json" for d in docs) != golds: err(f"documents and gold files differ: {docs} vs {golds}")
allkeys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    f = data.get("file")
    if f + ".json" != g: err(f"{g}: file field {f!r}"); continue
    text = load(f)
    if not isinstance(data.get("records"), list) or not data["records"]: err(f"{g}: no records"); continue
    keys = set()
    for r in data["records"]:
        key = r.get("key")
        if key in keys: err(f"{g}: duplicate key {key}")
        keys.add(key)
        if r.get("kind") == "index_row":
            for k in REQ_I:
                if k not in r: err(f"{g} {key}: missing {k}")
            for k in ["section", "localisation", "organisme", "page"]:
                if not isinstance(r.get(k), str): err(f"{g} {key}: {k} not a string")
            if key != "index " + str(r.get("section")): err(f"{g} {key}: bad index key")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            raw = open(os.path.join(DOCS, f), encoding="utf-8").read()
            if row not in raw: err(f"{g} {key}: whole index row not found")
            continue
        if r.get("kind") != "project": err(f"{g} {key}: bad kind"); continue
        for k in REQ_P:
            if k not in r: err(f"{g} {key}: missing {k}")
        if r["section"] is not None:
            if key != r["section"]: err(f"{g} {key}: key is not section")
            found(text, r["section"] + ".", "section", g)
        if not isinstance(r["title"], str): err(f"{g} {key}: title not string")
        else: found(text, r["title"], "title", g)
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(f"{g} {key}: {k} not list of str")
            else:
                for x in r[k]: found(text, x, k, g)
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{g} {key}: territory shape")
            else:
                found(text, t["value"], "territory", g)
                for d in t["departments"]:
                    if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{g} {key}: bad department {d}")
                    if int(d[:2] if len(d) == 2 else d) % 2 == 0: err(f"{g} {key}: even department {d}")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{g} {key}: year not int")
            else: found(text, "- " + str(r["year"]), "year bullet", g)
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{g} {key}: bad mode")
        chk_q(r["households"], g, key, "households", text)
        chk_q(r["housing_units"], g, key, "housing_units", text)
        du = r["duration"]
        if du is not None:
            for k in ("months", "start", "end", "renewable"):
                if k not in du: err(f"{g} {key}: duration.{k} missing")
            if not (du["months"] is None or isinstance(du["months"], int)): err(f"{g} {key}: months type")
            if not isinstance(du["renewable"], bool): err(f"{g} {key}: renewable type")
            for k in ("start", "end"):
                if du[k] is not None:
                    if not re.fullmatch(r"\d{4}", du[k]): err(f"{g} {key}: {k} not a year string")
                    else: found(text, du[k], "duration." + k, g)
        c = r["cost"]
        if c is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in c: err(f"{g} {key}: cost.{k} missing"); continue
                v = c[k]
                if v is None: continue
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{g} {key}: cost.{k} not decimal string")
                else: found(text, spaced(v) + " €", "cost." + k, g)
        if not isinstance(r["funding"], list): err(f"{g} {key}: funding not list")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{g} {key}: funding keys {sorted(fu)}"); continue
            found(text, fu["source"], "funding.source", g)
            if fu["eur"] is not None: found(text, spaced(fu["eur"]) + " €", "funding.eur", g)
            if fu["share_percent"] is not None: found(text, fu["share_percent"] + " %", "funding.share", g)
        if not isinstance(r["contacts"], list): err(f"{g} {key}: contacts not list")
        for ct in r["contacts"]:
            if not {"name", "email", "phone"} <= set(ct): err(f"{g} {key}: contact keys"); continue
            found(text, ct["name"], "contact.name", g)
            if ct["email"] is not None:
                if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", ct["email"]): err(f"{g} {key}: bad email")
                found(text, ct["email"], "contact.email", g)
            if ct["phone"] is not None: found(text, ct["phone"], "contact.phone", g)
    allkeys[f] = keys
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json: cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in allkeys.get(rec.get("file"), set()): err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
