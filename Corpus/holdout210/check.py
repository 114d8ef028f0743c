#!/usr/bin/env python3
"""Validate holdout210 gold files: shape, keys, types, and that values occur in the documents.
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(f, msg): errors.append(f"{f}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    text = raw.decode("cp1252") if "cp1252" in name else raw.decode("utf-8")
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); err(name, "cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
    if name.endswith(".html"):
        text = text + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value):
    return fold(str(value)) in doc

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(f, k, q, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f, f"{k}: quantity not an object")
    for kk, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(kk), t): err(f, f"{k}.{kk} bad type")
    if q.get("per") not in ("total", "year"): err(f, f"{k}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f, f"{k} min>max")
    if q.get("unit") is not None and not found(doc, q["unit"]): err(f, f"{k}.unit {q['unit']!r} not in document")
    if not q.get("approximate") and not re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], doc):
        err(f, f"{k}.min {q['min']} not in document")
    for b in q.get("breakdown", []):
        if not found(doc, b["label"]): err(f, f"{k}.breakdown label {b['label']!r} not in document")

def check_eur(f, k, v, doc):
    if v is None: return
    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): return err(f, f"{k} not a decimal string: {v!r}")
    if spaced(v) not in doc and v not in doc: err(f, f"{k} {v} not in document")

def check_project(f, r, doc):
    for k in PROJECT_KEYS:
        if k not in r: err(f, f"{r.get('key')}: missing key {k}")
    key = r.get("key")
    for k in ("title",):
        if r.get(k) is not None and not found(doc, r[k]): err(f, f"{key}: {k} {r[k]!r} not in document")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f, f"{key}: {k} not a list"); continue
        for v in r[k]:
            if not found(doc, v): err(f, f"{key}: {k} {v!r} not in document")
    t = r.get("territory")
    if t is not None:
        if not found(doc, t["value"]): err(f, f"{key}: territory {t['value']!r} not in document")
        if not (isinstance(t.get("departments"), list) and all(isinstance(x, str) for x in t["departments"])):
            err(f, f"{key}: departments bad")
    if r.get("year") is not None:
        if not isinstance(r["year"], int) or str(r["year"]) not in doc: err(f, f"{key}: year bad")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f, f"{key}: mode bad")
    check_q(f, f"{key}.households", r.get("households"), doc)
    check_q(f, f"{key}.housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if not (d.get("months") is None or isinstance(d["months"], int)): err(f, f"{key}: months bad")
        if not isinstance(d.get("renewable"), bool): err(f, f"{key}: renewable bad")
        for kk in ("start", "end"):
            if d.get(kk) is not None and d[kk] not in doc: err(f, f"{key}: duration.{kk} {d[kk]} not in document")
    c = r.get("cost")
    if c is not None:
        for kk in ("total_eur", "per_year_eur", "per_household_eur"):
            check_eur(f, f"{key}.cost.{kk}", c.get(kk), doc)
    if not isinstance(r.get("funding"), list): err(f, f"{key}: funding not a list")
    for fu in r.get("funding") or []:
        if not found(doc, fu["source"]): err(f, f"{key}: funder {fu['source']!r} not in document")
        check_eur(f, f"{key}.funding.eur", fu.get("eur"), doc)
        if fu.get("share_percent") is not None and not re.search(r"(?<![0-9])" + fu["share_percent"] + r" ?%", doc):
            err(f, f"{key}: share {fu['share_percent']} % not in document")
    if not isinstance(r.get("contacts"), list): err(f, f"{key}: contacts not a list")
    for ct in r.get("contacts") or []:
        for kk in ("name", "email", "phone"):
            if kk not in ct: err(f, f"{key}: contact missing {kk}")
            elif ct[kk] is not None and not found(doc, ct[kk]): err(f, f"{key}: contact {kk} {ct[kk]!r} not in document")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs: err("gold", f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        name = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != name: err(g, "file field mismatch")
        doc = read_doc(name)
        seen = set()
        for r in data.get("records", []):
            if r.get("key") in seen: err(g, f"duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project": check_project(g, r, doc)
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r: err(g, f"index row missing {k}")
                line = " ".join(fold(str(r[k])) for k in ("section", "localisation", "organisme", "page"))
                if line not in doc.replace("\t", " "): err(g, f"index row {r['key']} not found as a line")
            else: err(g, f"bad kind {r.get('kind')}")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json", "bad cluster")
        for rr in c.get("records", []):
            if rr.get("key") not in keys.get(rr.get("file"), set()): err("clusters.json", f"unknown record {rr}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
