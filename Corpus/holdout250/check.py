#!/usr/bin/env python3
"""Validate holdout250 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"),
                 ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def found(doc, value, what, name, key):
    if value is None:
        return
    if fold(value) not in doc:
        err(f"{name} [{key}] {what}: {value!r} not found in document")

PROJECT_KEYS = {"kind": str, "key": str, "title": str, "carriers": list, "partners": list,
                "territory": (dict, type(None)), "year": (int, type(None)), "mode": (str, type(None)),
                "households": (dict, type(None)), "housing_units": (dict, type(None)),
                "duration": (dict, type(None)), "cost": (dict, type(None)), "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def check_q(q, what, name, key, doc):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{name} [{key}] {what}.{k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"):
        err(f"{name} [{key}] {what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{name} [{key}] {what}: min > max")
    if "unit" in q:
        found(doc, q["unit"], what + ".unit", name, key)
    if q.get("approximate") is False and q.get("min") == q.get("max") and isinstance(q.get("min"), int):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + re.escape(spaced(q["min"])) + r"(?![0-9])(?! [0-9]{3}(?![0-9]))", doc):
            err(f"{name} [{key}] {what}: {q['min']} not found")

def check_amount(doc, v, what, name, key):
    if v is None:
        return
    if not isinstance(v, str) or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", v):
        err(f"{name} [{key}] {what}: {v!r} is not a decimal string")
        return
    if spaced(int(v)) not in doc and v not in doc:
        err(f"{name} [{key}] {what}: {v} not found in document")

files = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
docs_present = sorted(os.listdir(DOCS))
for d in docs_present:
    if d + ".json" not in files:
        err(f"no gold for document {d}")

gold_keys = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = g.get("file")
    if name + ".json" != gf:
        err(f"{gf}: file field {name!r} does not match")
        continue
    if name not in docs_present:
        err(f"{gf}: document missing")
        continue
    doc = load(name)
    recs = g.get("records")
    if not isinstance(recs, list) or not recs:
        err(f"{gf}: records missing")
        continue
    keys = [r.get("key") for r in recs]
    if len(set(keys)) != len(keys):
        err(f"{gf}: duplicate keys")
    gold_keys[name] = set(keys)
    for r in recs:
        key = r.get("key")
        spec = PROJECT_KEYS if r.get("kind") == "project" else INDEX_KEYS if r.get("kind") == "index_row" else None
        if spec is None:
            err(f"{name} [{key}] bad kind")
            continue
        for k, t in spec.items():
            if k not in r:
                err(f"{name} [{key}] missing key {k}")
            elif not isinstance(r[k], t):
                err(f"{name} [{key}] {k} has type {type(r[k]).__name__}")
        if r["kind"] == "index_row":
            if key != "index " + r.get("section", ""):
                err(f"{name} [{key}] index key/section mismatch")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
            if row not in raw.splitlines():
                err(f"{name} [{key}] index row not found as a whole line")
            continue
        if r.get("section"):
            found(doc, r["section"] + ".", "section", name, key)
        if key not in ("document",) and not r.get("section"):
            found(doc, key, "key", name, key)
        found(doc, r["title"], "title", name, key)
        for c in r["carriers"]:
            found(doc, c, "carrier", name, key)
        for p in r["partners"]:
            found(doc, p, "partner", name, key)
        t = r["territory"]
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
                err(f"{name} [{key}] territory shape")
            else:
                # a territory may be read across a repeated "à" (scoring drops it)
                v = fold(t["value"])
                if v not in doc and v.replace(" et ", " et a ") not in doc:
                    err(f"{name} [{key}] territory {t['value']!r} not found")
                for d in t["departments"]:
                    if not re.fullmatch(r"[0-9]{2,3}|2[AB]", d):
                        err(f"{name} [{key}] department {d!r}")
        if r["year"] is not None and str(r["year"]) not in doc:
            err(f"{name} [{key}] year not found")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
            err(f"{name} [{key}] mode invalid")
        check_q(r["households"], "households", name, key, doc)
        check_q(r["housing_units"], "housing_units", name, key, doc)
        du = r["duration"]
        if du is not None:
            for k in ("months", "start", "end", "renewable"):
                if k not in du:
                    err(f"{name} [{key}] duration.{k} missing")
            if not isinstance(du.get("months"), (int, type(None))) or not isinstance(du.get("renewable"), bool):
                err(f"{name} [{key}] duration types")
            for k in ("start", "end"):
                if du.get(k) is not None and du[k] not in doc:
                    err(f"{name} [{key}] duration.{k} {du[k]} not found")
        co = r["cost"]
        if co is not None:
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                if k not in co:
                    err(f"{name} [{key}] cost.{k} missing")
                check_amount(doc, co.get(k), "cost." + k, name, key)
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}:
                err(f"{name} [{key}] funding keys {sorted(f)}")
                continue
            found(doc, f["source"], "funding.source", name, key)
            check_amount(doc, f["eur"], "funding.eur", name, key)
            if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{name} [{key}] share {f['share_percent']} % not found")
        if not r["contacts"]:
            err(f"{name} [{key}] no contact")
        for c in r["contacts"]:
            if not isinstance(c.get("name"), str):
                err(f"{name} [{key}] contact name")
                continue
            found(doc, c["name"], "contact.name", name, key)
            found(doc, c.get("email"), "contact.email", name, key)
            found(doc, c.get("phone"), "contact.phone", name, key)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    err("clusters.json: no clusters")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json: cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in gold_keys.get(rec.get("file"), ()):
            err(f"clusters.json: unknown record {rec}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
