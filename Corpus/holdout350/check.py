#!/usr/bin/env python3
"""Validate holdout350 gold files (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
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

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def need(doc, value, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {value!r} not found in document")

def check_q(q, where, doc):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: {k} missing or of wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q.get("approximate"):
        need(doc, str(q["min"]), where + ".min")
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")

def check_record(r, doc, where):
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != INDEX_KEYS:
            err(f"{where}: index_row keys {sorted(r)}")
        if r.get("key") != "index " + str(r.get("section")):
            err(f"{where}: key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"):
            if not isinstance(r.get(k), str):
                err(f"{where}: {k} must be a string")
            need(doc, r.get(k), f"{where}.{k}")
        return
    if kind != "project":
        err(f"{where}: unknown kind {kind!r}")
        return
    if set(r) != PROJECT_KEYS:
        err(f"{where}: project keys differ: {sorted(set(r) ^ PROJECT_KEYS)}")
    if not isinstance(r.get("key"), str):
        err(f"{where}: key must be a string")
    if r.get("section") is not None:
        need(doc, r["section"], where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key must equal section")
    need(doc, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} must be a list of strings")
        for x in r.get(k) or []:
            need(doc, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        need(doc, t.get("value"), where + ".territory")
        for d in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(f"{where}: bad département code {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year must be an int")
        need(doc, str(r["year"]), where + ".year")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode {r['mode']!r}")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: duration keys")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(f"{where}: months must be an int")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}: renewable must be a bool")
        for k in ("start", "end"):
            need(doc, d.get(k), f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost keys")
        for k, v in c.items():
            if v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                    err(f"{where}: {k} must be a decimal string")
                else:
                    need(doc, spaced(v), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding must be a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys")
        need(doc, f.get("source"), where + ".funding.source")
        if f.get("eur") is not None:
            need(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent") is not None:
            need(doc, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts must be a list")
    for p in r.get("contacts") or []:
        if not {"name", "email", "phone"} <= set(p):
            err(f"{where}: contact keys")
        for k in ("name", "email", "phone", "role", "organisation"):
            need(doc, p.get(k), f"{where}.contact.{k}")
        if p.get("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", p["email"]):
            err(f"{where}: bad e-mail {p['email']!r}")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err(f"gold files {golds} do not match documents {docs}")
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = g[:-5]
    if data.get("file") != name or not isinstance(data.get("records"), list) or not data["records"]:
        err(f"{g}: file/records")
        continue
    doc = load_doc(name)
    seen = set()
    for i, r in enumerate(data["records"]):
        if r.get("key") in seen:
            err(f"{g}: duplicate key {r.get('key')!r}")
        seen.add(r.get("key"))
        check_record(r, doc, f"{g}[{i}]")
    keys[name] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json: cluster shape")
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()):
            err(f"clusters.json: unknown record {rec}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
