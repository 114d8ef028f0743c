#!/usr/bin/env python3
"""Validate holdout241 gold files: shape, keys, types, and that every value's text occurs in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
        if name.endswith("cp1252.txt"): err(f"{name}: expected Windows-1252, decodes as UTF-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def need(doc, text, where):
    if fold(str(text)) not in doc: err(f"{where}: {text!r} not found in document")

def is_dec(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x))

def check_q(q, where, doc, housing=False):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: {k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}: per must be total/year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{where}: unit not a string")
        else: need(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<![\d])" + str(q["min"]) + r"(?![\d])", doc): err(f"{where}: count {q['min']} not in document")

def check_project(r, doc, w):
    missing = PROJECT_KEYS - set(r)
    if missing: err(f"{w}: missing keys {sorted(missing)}")
    for k in ("title",):
        if r.get(k) is not None: need(doc, r[k], w + "." + k)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{w}: {k} not a list"); continue
        for v in r[k]: need(doc, v, f"{w}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{w}: territory shape")
        else:
            need(doc, t["value"], w + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}: bad département {d}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{w}: year not int")
        else: need(doc, str(r["year"]), w + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: bad mode")
    check_q(r.get("households"), w + ".households", doc)
    check_q(r.get("housing_units"), w + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)): err(f"{w}: months type")
        if not isinstance(d.get("renewable"), bool): err(f"{w}: renewable type")
        for k in ("start", "end"):
            if d.get(k) is not None: need(doc, d[k], f"{w}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if not is_dec(c.get(k, "missing")): err(f"{w}: cost.{k} not a decimal string or null")
            elif c.get(k): need(doc, spaced(c[k]), f"{w}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(f"{w}: funding not a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
            need(doc, f["source"], w + ".funding.source")
            if not is_dec(f["eur"]) or not is_dec(f["share_percent"]): err(f"{w}: funding types")
            if f["eur"]: need(doc, spaced(f["eur"]), w + ".funding.eur")
            if f["share_percent"]:
                if not re.search(re.escape(f["share_percent"]) + r" ?%", doc): err(f"{w}: share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list): err(f"{w}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not isinstance(p.get("name"), str): err(f"{w}: contact name")
            for k in ("name", "email", "phone"):
                if p.get(k): need(doc, p[k], f"{w}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != name: err(f"{g}: file field")
        doc = load(name)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs: err(f"{g}: no records"); continue
        seen = set()
        for r in recs:
            w = f"{name}[{r.get('key')}]"
            if r.get("key") in seen: err(f"{w}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, doc, w)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{w}: index_row keys")
                if r["key"] != "index " + r["section"]: err(f"{w}: index key")
                for k in ("section", "localisation", "organisme", "page"): need(doc, r[k], f"{w}.{k}")
            else: err(f"{w}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for m in c["records"]:
            if m.get("key") not in keys.get(m.get("file"), ()): err(f"clusters: unknown record {m}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
