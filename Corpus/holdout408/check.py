#!/usr/bin/env python3
"""Validate holdout408 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "oe"),
                 ("æ", "ae"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("cp1252.txt"):
        try:
            raw.decode("utf-8"); err(name + ": expected Windows-1252, got valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = re.sub(r"<[^>]+>", " ", text)  # stray fragments in the guide
    text = text.replace("**", "")
    return fold(text)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def found(doc, value, what, fname, key):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{fname} [{key}] {what}: {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, what, fname, key, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{fname} [{key}] {what}: not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{fname} [{key}] {what}.{k}: wrong or missing")
    if q.get("per") not in ("total", "year"):
        err(f"{fname} [{key}] {what}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{fname} [{key}] {what}: min > max")
    if not q.get("approximate"):
        if not re.search(r"(?<!\d)" + re.escape(str(q["min"])) + r"(?!\d)", doc):
            err(f"{fname} [{key}] {what}: {q['min']} not in document")
    if "unit" in q:
        found(doc, q["unit"], what + ".unit", fname, key)
    for b in q.get("breakdown", []):
        found(doc, b["label"], what + ".breakdown", fname, key)
        if not re.search(r"(?<!\d)" + str(b["min"]) + r"(?!\d)", doc):
            err(f"{fname} [{key}] breakdown {b['min']} not in document")

def check_project(r, fname, doc):
    key = r.get("key")
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{fname} [{key}] missing keys {sorted(missing)}")
        return
    if not isinstance(r["key"], str): err(f"{fname}: key not a string")
    found(doc, r["section"], "section", fname, key)
    if r["title"] is not None:
        if not isinstance(r["title"], str): err(f"{fname} [{key}] title not a string")
        else: found(doc, r["title"], "title", fname, key)
    for f in ("carriers", "partners"):
        if not isinstance(r[f], list) or not all(isinstance(x, str) for x in r[f]):
            err(f"{fname} [{key}] {f}: not a list of strings")
        else:
            for x in r[f]: found(doc, x, f, fname, key)
    t = r["territory"]
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{fname} [{key}] territory shape")
        else:
            found(doc, t["value"], "territory", fname, key)
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{fname} [{key}] bad département {d}")
    if r["year"] is not None:
        if not isinstance(r["year"], int): err(f"{fname} [{key}] year not int")
        found(doc, "- " + str(r["year"]), "year", fname, key)
    if r["mode"] is not None and r["mode"] not in MODES:
        err(f"{fname} [{key}] mode {r['mode']!r}")
    check_q(r["households"], "households", fname, key, doc)
    check_q(r["housing_units"], "housing_units", fname, key, doc)
    d = r["duration"]
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{fname} [{key}] duration shape")
        if d["months"] is not None and not isinstance(d["months"], int): err(f"{fname} [{key}] months not int")
        for k in ("start", "end"):
            if d[k] is not None:
                found(doc, d[k], "duration." + k, fname, key)
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{fname} [{key}] cost shape")
        for k, v in c.items():
            if v is not None:
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{fname} [{key}] cost.{k}: not a decimal string")
                else:
                    found(doc, spaced(v) + " €", "cost." + k, fname, key)
    if not isinstance(r["funding"], list): err(f"{fname} [{key}] funding not a list")
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{fname} [{key}] funding shape")
        found(doc, f["source"], "funding.source", fname, key)
        if f["eur"] is not None: found(doc, spaced(f["eur"]) + " €", "funding.eur", fname, key)
        if f["share_percent"] is not None: found(doc, f["share_percent"] + " %", "funding.share", fname, key)
    if not isinstance(r["contacts"], list): err(f"{fname} [{key}] contacts not a list")
    for p in r["contacts"]:
        if not isinstance(p.get("name"), str): err(f"{fname} [{key}] contact without name")
        for k in ("name", "email", "phone"):
            found(doc, p.get(k), "contact." + k, fname, key)

def check_index(r, fname, doc):
    key = r.get("key")
    if set(r) != INDEX_KEYS: err(f"{fname} [{key}] index row keys {sorted(r)}")
    if key != "index " + str(r.get("section")): err(f"{fname} [{key}] index key/section mismatch")
    for k in ("section", "localisation", "organisme", "page"):
        found(doc, r.get(k), k, fname, key)

docs = sorted(os.listdir(DOCS))
golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
if [g[:-5] for g in golds] != docs:
    err(f"gold files {golds} do not match documents {docs}")
allkeys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fname = data.get("file")
    if fname != g[:-5]: err(f"{g}: file field {fname!r}")
    if not isinstance(data.get("records"), list) or not data["records"]:
        err(f"{g}: no records"); continue
    doc = load_doc(fname)
    keys = [r.get("key") for r in data["records"]]
    if len(keys) != len(set(keys)): err(f"{g}: duplicate keys")
    allkeys[fname] = set(keys)
    for r in data["records"]:
        if r.get("kind") == "project": check_project(r, fname, doc)
        elif r.get("kind") == "index_row": check_index(r, fname, doc)
        else: err(f"{g}: bad kind {r.get('kind')!r}")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json: bad cluster")
    for m in c.get("records", []):
        if m.get("key") not in allkeys.get(m.get("file"), set()):
            err(f"clusters.json: unknown record {m}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
