#!/usr/bin/env python3
"""Validate holdout440 gold files against the format of Corpus/gold/README.md (standard library only)."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def load_text(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", t)

def norm(s): return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u2019", "'"))

def found(text, value, f, what):
    if not isinstance(value, str) or not value:
        err(f, f"{what}: not a non-empty string: {value!r}"); return
    if norm(value) not in text:
        err(f, f"{what}: {value!r} not found in document")

def spaced(d):
    s = str(int(d)); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def check_q(q, f, what, text):
    if q is None: return
    if not isinstance(q, dict): err(f, f"{what}: not an object"); return
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if k not in q or not isinstance(q[k], ty): err(f, f"{what}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f, f"{what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f, f"{what}: min > max")
    if "unit" in q: found(text, q["unit"], f, what + ".unit")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q.get("min", -1), text):
        err(f, f"{what}: exact count {q.get('min')} not in document")

def check_record(r, f, text):
    if r.get("kind") == "index_row":
        for k in INDEX_KEYS:
            if k not in r: err(f, f"index row missing {k}")
        if r.get("key") != "index " + str(r.get("section")): err(f, "index key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"): found(text, r.get(k), f, f"{r.get('key')}.{k}")
        return
    if r.get("kind") != "project": err(f, f"bad kind {r.get('kind')!r}"); return
    for k in PROJECT_KEYS:
        if k not in r: err(f, f"{r.get('key')}: missing {k}")
    key = r.get("key")
    if not isinstance(key, str) or not key: err(f, "bad key"); return
    if r.get("section") is not None: found(text, r["section"], f, key + ".section")
    if r.get("title") is not None: found(text, r["title"], f, key + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f, f"{key}.{k} not a list")
        for v in r.get(k) or []: found(text, v, f, f"{key}.{k}")
    t = r.get("territory")
    if t is not None:
        found(text, t.get("value"), f, key + ".territory")
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f, key + ".territory.departments invalid")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or str(y) not in text): err(f, key + ".year invalid or not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f, key + ".mode invalid")
    check_q(r.get("households"), f, key + ".households", text)
    check_q(r.get("housing_units"), f, key + ".housing_units", text)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)): err(f, key + ".duration.months type")
        if not isinstance(d.get("renewable"), bool): err(f, key + ".duration.renewable type")
        for k in ("start", "end"):
            if d.get(k) is not None: found(text, d[k], f, f"{key}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f, f"{key}.cost.{k} missing")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]): err(f, f"{key}.cost.{k} not a decimal string")
                else: found(text, spaced(c[k]), f, f"{key}.cost.{k}")
    for fu in r.get("funding") or []:
        found(text, fu.get("source"), f, key + ".funding.source")
        if fu.get("eur") is not None: found(text, spaced(fu["eur"]), f, key + ".funding.eur")
        if fu.get("share_percent") is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", text):
            err(f, f"{key}.funding share {fu['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list): err(f, key + ".contacts not a list")
    for p in r.get("contacts") or []:
        found(text, p.get("name"), f, key + ".contact.name")
        for k in ("email", "phone"):
            if p.get(k) is not None: found(text, p[k], f, f"{key}.contact.{k}")

docs = sorted(os.listdir(DOCS))
golds = {}
for d in docs:
    p = os.path.join(GOLD, d + ".json")
    if not os.path.exists(p): err(d, "no gold file"); continue
    g = json.load(open(p, encoding="utf-8")); golds[d] = g
    if g.get("file") != d: err(d, "gold 'file' differs from document name")
    if not isinstance(g.get("records"), list) or not g["records"]: err(d, "no records")
    text = load_text(os.path.join(DOCS, d))
    keys = [r.get("key") for r in g.get("records", [])]
    if len(keys) != len(set(keys)): err(d, "duplicate keys")
    for r in g.get("records", []): check_record(r, d, text)
for p in os.listdir(GOLD):
    if p.endswith(".json") and p != "clusters.json" and p[:-5] not in docs: err(p, "gold without document")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json", "bad cluster")
    for m in c.get("records", []):
        if m.get("key") not in [r.get("key") for r in golds.get(m.get("file"), {}).get("records", [])]:
            err("clusters.json", f"unknown record {m}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
