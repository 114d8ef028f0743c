#!/usr/bin/env python3
"""Validate the gold files of holdout285 (standard library only). Prints OK or the problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROBLEMS = []

def bad(msg): PROBLEMS.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).lower()

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); bad(f"{name}: is valid UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(eur):
    n = int(eur); s = f"{n:,}".replace(",", " ")
    return s

def found(doc, value, where):
    if fold(value) not in doc:
        bad(f"{where}: {value!r} not found in the document")

PROJECT_KEYS = {"kind": str, "key": str, "title": (str, type(None)), "carriers": list, "partners": list,
                "territory": (dict, type(None)), "year": (int, type(None)), "mode": (str, type(None)),
                "households": (dict, type(None)), "housing_units": (dict, type(None)),
                "duration": (dict, type(None)), "cost": (dict, type(None)), "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def check_q(q, doc, where):
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            bad(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): bad(f"{where}: per {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        bad(f"{where}: min > max")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and isinstance(q.get("min"), int):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc): bad(f"{where}: {q['min']} not in document")

def check_project(r, doc, where, multi):
    for k, t in PROJECT_KEYS.items():
        if k not in r: bad(f"{where}: missing {k}"); continue
        if not isinstance(r[k], t): bad(f"{where}: {k} has type {type(r[k]).__name__}")
    if r.get("title"): found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        for v in r.get(k, []):
            if not isinstance(v, str): bad(f"{where}.{k}: not a string")
            else: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t:
        found(doc, t.get("value", ""), where + ".territory")
        d = t.get("departments")
        if not (isinstance(d, list) and d and all(isinstance(x, str) and re.fullmatch(r"\d{2,3}|2[AB]", x) for x in d)):
            bad(f"{where}: departments {d!r}")
    if r.get("year") is not None: found(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): bad(f"{where}: mode {r['mode']!r}")
    for k in ("households", "housing_units"):
        if r.get(k): check_q(r[k], doc, f"{where}.{k}")
    du = r.get("duration")
    if du:
        if set(du) != {"months", "start", "end", "renewable"}: bad(f"{where}: duration keys {sorted(du)}")
        if not isinstance(du.get("months"), (int, type(None))): bad(f"{where}: months type")
        if not isinstance(du.get("renewable"), bool): bad(f"{where}: renewable type")
        for k in ("start", "end"):
            if du.get(k) is not None: found(doc, du[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: bad(f"{where}: cost keys {sorted(c)}")
        for k, v in c.items():
            if v is None: continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): bad(f"{where}: {k} {v!r}")
            else: found(doc, spaced(v), f"{where}.cost.{k}")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}: bad(f"{where}: funding keys {sorted(f)}")
        found(doc, f["source"], where + ".funding.source")
        if f.get("eur") is not None: found(doc, spaced(f["eur"]), where + ".funding.eur")
        if f.get("share_percent") is not None: found(doc, f["share_percent"] + " %", where + ".funding.share")
    for p in r.get("contacts", []):
        if set(p) != {"name", "email", "phone"}: bad(f"{where}: contact keys {sorted(p)}")
        found(doc, p["name"], where + ".contact.name")
        for k in ("email", "phone"):
            if p.get(k) is not None: found(doc, p[k], f"{where}.contact.{k}")
    if multi and r.get("section"): found(doc, r["section"] + ".", where + ".section")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: bad(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp): bad(f"no gold for {name}"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name: bad(f"{gp}: file is {g.get('file')!r}")
        recs = g.get("records")
        if not isinstance(recs, list) or not recs: bad(f"{gp}: no records"); continue
        doc = load_text(name)
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys): bad(f"{gp}: duplicate keys")
        keys_by_file[name] = set(keys)
        multi = sum(1 for r in recs if r.get("kind") == "project") > 1
        for r in recs:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                if not multi and r.get("key") != "document": bad(f"{where}: one-project key must be 'document'")
                check_project(r, doc, where, multi)
            elif r.get("kind") == "index_row":
                for k, t in INDEX_KEYS.items():
                    if not isinstance(r.get(k), t): bad(f"{where}: {k} missing or wrong type")
                if r.get("key") != "index " + r.get("section", ""): bad(f"{where}: key/section mismatch")
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r.get(k, ""), f"{where}.{k}")
            else:
                bad(f"{where}: kind {r.get('kind')!r}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: bad("cluster without why")
        if len(c.get("records", [])) < 2: bad("cluster with fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                bad(f"cluster record {rec} not in gold")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra: bad(f"unexpected gold files {sorted(extra)}")
    if PROBLEMS:
        print("\n".join(PROBLEMS)); sys.exit(1)
    print("OK")

main()
