#!/usr/bin/env python3
"""Validate holdout343 gold files: shape, keys, types, values found in documents. Standard library only."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())
def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name + ": expected non-UTF-8 Windows-1252 bytes")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)
def spaced(d):
    return "{:,}".format(int(d)).replace(",", " ")
def found(doc, s, where):
    if fold(s) not in doc: err(f"{where}: {s!r} not found in document")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): return err(where + ": quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}.{k}: bad type")
    if q.get("per") not in ("total", "year"): err(where + ".per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(where + ": min > max")
    if not q.get("approximate") and q.get("min") == q.get("max") and not re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], doc):
        err(f"{where}: count {q['min']} not found")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
def check_project(r, where, doc):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{where}: missing key {k}")
    if r.get("title") is not None: found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k}: not a list"); continue
        for v in r[k]: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        found(doc, t["value"], where + ".territory")
        if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t.get("departments", [None])): err(where + ": bad departments")
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(where + ".year type")
        else: found(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(where + ".mode invalid")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d["months"], int)): err(where + ".duration.months type")
        if not isinstance(d.get("renewable"), bool): err(where + ".duration.renewable type")
        for k in ("start", "end"):
            if d.get(k) is not None: found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(k, "missing")
            if v == "missing": err(f"{where}.cost.{k} missing")
            elif v is not None:
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{where}.cost.{k} not a decimal string")
                else: found(doc, spaced(v), f"{where}.cost.{k}")
    for i, f in enumerate(r.get("funding") or []):
        w = f"{where}.funding[{i}]"
        if not isinstance(f.get("source"), str): err(w + ".source"); continue
        found(doc, f["source"], w)
        if f.get("eur") is not None: found(doc, spaced(f["eur"]), w + ".eur")
        if f.get("share_percent") is not None: found(doc, f["share_percent"] + " %", w + ".share")
    for i, k in enumerate(r.get("contacts") or []):
        w = f"{where}.contacts[{i}]"
        if not isinstance(k.get("name"), str): err(w + ".name"); continue
        for f in ("name", "email", "phone"):
            if k.get(f) is not None: found(doc, k[f], f"{w}.{f}")
def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if data.get("file") != name: err(g + ": file field mismatch")
        doc = load(name)
        recs = data.get("records")
        if not isinstance(recs, list) or not recs: err(g + ": no records"); continue
        seen = set()
        for r in recs:
            where = f"{g}[{r.get('key')}]"
            if r.get("key") in seen: err(where + ": duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(r, where, doc)
            elif r.get("kind") == "index_row":
                for k in ("section", "localisation", "organisme", "page"):
                    if not isinstance(r.get(k), str): err(f"{where}.{k} missing")
                    else: found(doc, r[k], f"{where}.{k}")
                if r.get("key") != "index " + str(r.get("section")): err(where + ": index key")
            else: err(where + ": bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: bad cluster")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), ()): err(f"clusters: unknown record {m}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")
main()
