#!/usr/bin/env python3
"""Validate holdout312 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s)

def doc_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):  # "131794" -> "131 794"
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def has(text, value, what, ctx):
    if value is None: return
    if fold(str(value)) not in text:
        err(f"{ctx}: {what} {value!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, ctx, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{ctx}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{ctx}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{ctx}: bad per")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{ctx}: min > max")
    if "unit" in q: has(text, q["unit"], "unit", ctx)
    if not q.get("approximate"):
        for k in ("min", "max"):
            if not re.search(r"(?<!\d)(?<!\d )" + str(q[k]) + r"(?!\d)(?! \d{3})", text): err(f"{ctx}: count {q[k]} not found")

def check_project(r, ctx, text):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{ctx}: missing keys {sorted(missing)}")
    for k in ("title",): 
        if r.get(k) is not None: has(text, r[k], k, ctx)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{ctx}: {k} not a list"); continue
        for v in r[k]: has(text, v, k[:-1], ctx)
    if r.get("section") is not None: has(text, r["section"] + ".", "section", ctx)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d\d\d?|2[AB]", d) for d in t["departments"]):
            err(f"{ctx}: bad departments")
        has(text, t.get("value"), "territory", ctx)
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{ctx}: year not int")
        has(text, r["year"], "year", ctx)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{ctx}: bad mode")
    check_q(r.get("households"), ctx + " households", text)
    check_q(r.get("housing_units"), ctx + " housing_units", text)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d["months"], int)): err(f"{ctx}: months type")
        if not isinstance(d.get("renewable"), bool): err(f"{ctx}: renewable type")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not isinstance(d[k], str): err(f"{ctx}: {k} not str")
                has(text, d[k], k, ctx)
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "absent")
            if v == "absent": err(f"{ctx}: cost.{k} missing"); continue
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{ctx}: cost.{k} not decimal string")
            else: has(text, spaced(v), "cost." + k, ctx)
    if not isinstance(r.get("funding"), list): err(f"{ctx}: funding not a list")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{ctx}: funding keys")
        has(text, f.get("source"), "funder", ctx)
        if f.get("eur") is not None: has(text, spaced(f["eur"]), "funding eur", ctx)
        if f.get("share_percent") is not None: has(text, f["share_percent"] + " %", "share", ctx)
    if not isinstance(r.get("contacts"), list): err(f"{ctx}: contacts not a list")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str): err(f"{ctx}: contact name")
        for k in ("name", "email", "phone"): has(text, p.get(k), "contact " + k, ctx)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(os.path.basename(g)[:-5] for g in glob.glob(os.path.join(GOLD, "*.json")) if not g.endswith("clusters.json"))
    if docs != golds: err(f"documents {docs} vs gold {golds}")
    keysets = {}
    for name in golds:
        g = json.load(open(os.path.join(GOLD, name + ".json"), encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name: err(f"{name}: top-level shape"); continue
        text = doc_text(name)
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)): err(f"{name}: duplicate keys")
        keysets[name] = set(keys)
        for r in g["records"]:
            ctx = f"{name} [{r.get('key')}]"
            if r.get("kind") == "project": check_project(r, ctx, text)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{ctx}: index keys")
                for k in ("section", "localisation", "organisme", "page"): has(text, r.get(k), k, ctx)
                if r.get("key") != "index " + str(r.get("section")): err(f"{ctx}: index key")
            else: err(f"{ctx}: bad kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for m in c["records"]:
            if m.get("key") not in keysets.get(m.get("file"), set()): err(f"clusters: unknown record {m}")
    if errors:
        print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
    print("OK")

main()
