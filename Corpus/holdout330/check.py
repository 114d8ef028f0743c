#!/usr/bin/env python3
"""Validate holdout330 gold files against their documents (standard library only).

Checks shape, required keys and types of every gold record, then that each value's
text occurs in its document (cp1252 decoded for *cp1252*, HTML tags stripped and
entities decoded for .html; case, accents, apostrophes, œ/æ, dashes, NBSP folded).
Prints OK when everything passes, else the list of problems.
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘`´": s = s.replace(a, "'")
    for a in "–—‑": s = s.replace(a, "-")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(dec):
    n = int(dec); s = f"{n:,}".replace(",", " ")
    return s

DEPT_NAMES = {"52": "haute-marne", "32": "gers", "08": "ardennes", "70": "haute-saone"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(cond, msg):
    if not cond: problems.append(msg)

def found(doc, value, where):
    need(isinstance(value, str) and re.search(r"(?<![a-z0-9])" + re.escape(fold(value)) + r"(?![a-z0-9])", doc) is not None,
         f"{where}: {value!r} not found in document")

def number_in(doc, n, where):
    need(re.search(r"(?<![0-9])(?<![0-9] )" + re.escape(spaced(n) if n >= 1000 else str(n)) + r"(?![0-9])(?! [0-9]{3}(?![0-9]))", doc) is not None,
         f"{where}: number {n} not found")

def check_q(doc, q, where, housing=False):
    if q is None: return
    keys = {"min", "max", "per", "approximate"} | ({"unit"} if "unit" in q else set())
    need(set(q) == keys, f"{where}: keys {sorted(q)}")
    need(isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q.get("per") in ("total", "year"), f"{where}: per")
    need(isinstance(q.get("approximate"), bool), f"{where}: approximate")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if not q.get("approximate"):
        for k in ("min", "max"): number_in(doc, q[k], f"{where}.{k}")
    else:
        word = {20: "vingtaine", 40: "quarantaine", 30: "trentaine", 10: "dizaine"}
        mid = (q["min"] + q["max"]) // 2
        need(word.get(mid, "\0") in doc or str(q["min"]) in doc, f"{where}: approximate size not found")

def check_project(doc, r, where):
    need(set(r) == PROJECT_KEYS, f"{where}: keys differ: {sorted(set(r) ^ PROJECT_KEYS)}")
    if r.get("section"): found(doc, r["section"], where + ".section")
    need(isinstance(r.get("title"), str), f"{where}: title type")
    if r.get("title"): found(doc, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        need(isinstance(r.get(f), list), f"{where}: {f} type")
        for v in r.get(f) or []: found(doc, v, f"{where}.{f}")
    t = r.get("territory")
    need(isinstance(t, dict) and set(t) == {"value", "departments"}, f"{where}: territory shape")
    if isinstance(t, dict):
        found(doc, t["value"], where + ".territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}|2[AB]", d) is not None, f"{where}: dept {d}")
            need(re.search(r"(?<![0-9])" + d + r"(?![0-9])", doc) is not None or DEPT_NAMES.get(d, "\0") in doc,
                 f"{where}: department {d} not in document")
    y = r.get("year")
    need(y is None or isinstance(y, int), f"{where}: year type")
    if y is not None: need(re.search(r"(?<![0-9])%d(?![0-9])" % y, doc) is not None, f"{where}: year {y} not found")
    need(r.get("mode") in ("access", "maintenance", "access_and_maintenance"), f"{where}: mode")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    need(isinstance(d, dict) and set(d) == {"months", "start", "end", "renewable"}, f"{where}: duration shape")
    if isinstance(d, dict):
        m = d["months"]
        need(isinstance(m, int) and isinstance(d["renewable"], bool), f"{where}: duration types")
        alts = [f"{m} mois"] + ([f"{m // 12} ans", f"{m // 12} annees"] if m % 12 == 0 else [])
        words = {36: "trois ans", 24: "deux ans"}
        ok = any(a in doc for a in alts) or words.get(m, "\0") in doc
        if d["start"] and d["end"]:
            ok = ok or (int(d["end"]) - int(d["start"])) * 12 == m
        need(ok, f"{where}: duration {m} months not found")
        for k in ("start", "end"):
            if d[k] is not None:
                need(isinstance(d[k], str) and d[k] in doc, f"{where}: duration.{k} {d[k]} not found")
        if d["renewable"]: need("renouvelable" in doc, f"{where}: renewable not found")
    c = r.get("cost")
    need(isinstance(c, dict) and set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{where}: cost shape")
    if isinstance(c, dict):
        for k, v in c.items():
            if v is not None:
                need(isinstance(v, str) and v.isdigit(), f"{where}: cost.{k} not a decimal string")
                number_in(doc, int(v), f"{where}.cost.{k}")
    for i, f in enumerate(r.get("funding") or []):
        need(set(f) == {"source", "eur", "share_percent"}, f"{where}: funding[{i}] keys")
        found(doc, f["source"], f"{where}.funding[{i}].source")
        if f["eur"]: number_in(doc, int(f["eur"]), f"{where}.funding[{i}].eur")
        if f["share_percent"]: found(doc, f["share_percent"] + " %", f"{where}.funding[{i}].share")
    need(isinstance(r.get("contacts"), list), f"{where}: contacts type")
    for i, p in enumerate(r.get("contacts") or []):
        need(set(p) == {"name", "email", "phone"}, f"{where}: contact[{i}] keys")
        found(doc, p["name"], f"{where}.contacts[{i}].name")
        for k in ("email", "phone"):
            if p[k] is not None: found(doc, p[k], f"{where}.contacts[{i}].{k}")

def main():
    golds = {}
    for fn in sorted(os.listdir(GOLD)):
        if fn == "clusters.json": continue
        g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
        need(isinstance(g, dict) and set(g) == {"file", "records"}, f"{fn}: top-level shape")
        need(g.get("file") + ".json" == fn, f"{fn}: file name mismatch")
        need(os.path.exists(os.path.join(DOCS, g["file"])), f"{fn}: document missing")
        doc = load(g["file"])
        keys = [r.get("key") for r in g["records"]]
        need(len(keys) == len(set(keys)), f"{fn}: duplicate keys")
        golds[g["file"]] = set(keys)
        for r in g["records"]:
            where = f"{fn}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                need(set(r) == INDEX_KEYS, f"{where}: index keys")
                need(r["key"] == "index " + r["section"], f"{where}: index key")
                found(doc, "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "), where)
            else:
                problems.append(f"{where}: bad kind")
    for d in os.listdir(DOCS):
        need(d in golds, f"{d}: no gold file")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    need(set(cl) == {"clusters"} and isinstance(cl["clusters"], list), "clusters.json: shape")
    for c in cl["clusters"]:
        need(set(c) == {"records", "why"} and isinstance(c["why"], str) and len(c["records"]) >= 2, "clusters.json: cluster shape")
        for rec in c["records"]:
            need(rec.get("key") in golds.get(rec.get("file"), set()), f"clusters.json: unknown record {rec}")
    if problems:
        print("\n".join(problems)); sys.exit(1)
    print("OK")

main()
