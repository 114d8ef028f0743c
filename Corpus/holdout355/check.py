#!/usr/bin/env python3
"""Validate holdout355 gold files: shape, keys, types, and that each value's text occurs in its document."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return fold(t)

def spaced(eur):
    n = int(eur)
    return f"{n:,}".replace(",", " ")

def has(doc, text, where):
    if fold(text) not in doc:
        err(f"{where}: text not found: {text!r}")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "households", "housing_units", "duration", "cost", "funding", "contacts"]

def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t): err(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{where}: unit not a string")
        else: has(doc, q["unit"], where + ".unit")
    if q.get("min") == q.get("max") and isinstance(q.get("min"), int):
        if not re.search(r"(?<![0-9])(?<![0-9] )" + str(q["min"]) + r"(?![0-9])", doc):
            err(f"{where}: count {q['min']} not found")

def check_project(r, doc, where):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{where}: missing key {k}")
    for k in ("title",):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(f"{where}: {k} not a string")
            else: has(doc, r[k], where + "." + k)
    if r.get("section") is not None: has(doc, r["section"], where + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}: {k} not a list"); continue
        for v in r[k]:
            if not isinstance(v, str): err(f"{where}: {k} item not a string")
            else: has(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list): err(f"{where}: territory shape")
        else:
            has(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}: bad département {d!r}")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}: year not int")
        else: has(doc, str(r["year"]), where + ".year")
    if "mode" in r and r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode {r['mode']!r}")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d.get("months"), int)): err(f"{where}: months type")
        if not isinstance(d.get("renewable"), bool): err(f"{where}: renewable type")
        for k in ("start", "end"):
            if d.get(k) is not None: has(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{where}: cost.{k} missing")
            elif c[k] is not None:
                if not (isinstance(c[k], str) and re.fullmatch(r"\d+(\.\d+)?", c[k])): err(f"{where}: cost.{k} not a decimal string")
                else: has(doc, spaced(c[k]), f"{where}.cost.{k}")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys {sorted(f)}")
        has(doc, f["source"], where + ".funding.source")
        if f.get("eur") is not None: has(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent") is not None: has(doc, f["share_percent"] + " %", where + ".funding.share")
    for p in r.get("contacts") or []:
        if not isinstance(p.get("name"), str): err(f"{where}: contact name"); continue
        has(doc, p["name"], where + ".contact.name")
        for k in ("email", "phone"):
            if p.get(k) is not None: has(doc, p[k], f"{where}.contact.{k}")

def main():
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
        for r in data["records"]:
            where = f"{name}[{r.get('key')}]"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                for k in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r.get(k), str): err(f"{where}: {k} not a string")
                    else: has(doc, r[k], f"{where}.{k}")
                if r.get("key") != "index " + str(r.get("section")): err(f"{where}: index key")
            else: err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: err("cluster without why")
        if len(c.get("records", [])) < 2: err("cluster with fewer than two records")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()): err(f"cluster member not in gold: {m}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
