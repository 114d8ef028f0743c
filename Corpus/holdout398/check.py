#!/usr/bin/env python3
"""Validate holdout398 gold files (standard library only). Prints OK or the problems."""
import json, os, re, html, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-"), ("œ", "oe"), ("Œ", "OE")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); problems.append(f"{name}: decodes as UTF-8, expected Windows-1252")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def need(doc, needle, where):
    if fold(needle) not in doc:
        problems.append(f"{where}: {needle!r} not found in document")

def check_int_in(doc, n, where):
    if not re.search(r"(?<![0-9])" + re.escape(spaced(n)) + r"(?![0-9])", doc):
        problems.append(f"{where}: number {n} not found")

def typ(v, t, where):
    if not isinstance(v, t):
        problems.append(f"{where}: expected {t}, got {type(v).__name__}")
        return False
    return True

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(doc, q, where, noun_required=False):
    if q is None:
        return
    if not typ(q, dict, where): return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: problems.append(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        problems.append(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"): problems.append(f"{where}: bad per")
    typ(q.get("approximate"), bool, where + ".approximate")
    if not q.get("approximate"):
        check_int_in(doc, q["min"], where)
    if "unit" in q:
        need(doc, q["unit"], where + ".unit")

def check_project(doc, r, where):
    for k in PROJECT_KEYS:
        if k not in r: problems.append(f"{where}: missing key {k}")
    if r.get("title") is not None: need(doc, r["title"], where + ".title")
    if r.get("section"): need(doc, r["section"] + ".", where + ".section")
    for k in ("carriers", "partners"):
        if typ(r.get(k), list, where + "." + k):
            for v in r[k]: need(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None and typ(t, dict, where + ".territory"):
        need(doc, t["value"], where + ".territory")
        typ(t.get("departments"), list, where + ".territory.departments")
    if r.get("year") is not None:
        typ(r["year"], int, where + ".year"); need(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        problems.append(f"{where}: bad mode")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None and typ(d, dict, where + ".duration"):
        for k in ("months", "start", "end", "renewable"):
            if k not in d: problems.append(f"{where}.duration: missing {k}")
        if d.get("months") is not None: typ(d["months"], int, where + ".duration.months")
        for k in ("start", "end"):
            if d.get(k) is not None: need(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None and typ(c, dict, where + ".cost"):
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: problems.append(f"{where}.cost: missing {k}")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]): problems.append(f"{where}.cost.{k}: not a decimal string")
                else: check_int_in(doc, c[k], f"{where}.cost.{k}")
        for comp in c.get("components", []):
            check_int_in(doc, comp["eur"], where + ".cost.component"); need(doc, comp["label"], where + ".cost.component.label")
    if typ(r.get("funding"), list, where + ".funding"):
        for f in r["funding"]:
            for k in ("source", "eur", "share_percent"):
                if k not in f: problems.append(f"{where}.funding: missing {k}")
            need(doc, f["source"], where + ".funding.source")
            if f.get("eur") is not None: check_int_in(doc, f["eur"], where + ".funding.eur")
            if f.get("share_percent") is not None and not re.search(r"(?<![0-9])" + re.escape(f["share_percent"]) + r" ?%", doc):
                problems.append(f"{where}.funding: share {f['share_percent']} % not found")
    if typ(r.get("contacts"), list, where + ".contacts"):
        for ct in r["contacts"]:
            for k in ("name", "email", "phone"):
                if k not in ct: problems.append(f"{where}.contacts: missing {k}")
                elif ct[k] is not None: need(doc, ct[k], f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: problems.append(f"expected 7 documents, found {len(docs)}")
    allkeys = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            problems.append(f"{name}: no gold file"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name: problems.append(f"{gp}: file field {g.get('file')!r}")
        doc = load_doc(name)
        keys = set()
        if not typ(g.get("records"), list, gp): continue
        for r in g["records"]:
            where = f"{name}[{r.get('key')}]"
            if r.get("key") in keys: problems.append(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, where)
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r: problems.append(f"{where}: missing {k}")
                if r.get("key") != "index " + str(r.get("section")): problems.append(f"{where}: key/section mismatch")
                for k in ("section", "localisation", "organisme", "page"):
                    need(doc, r[k], f"{where}.{k}")
            else:
                problems.append(f"{where}: bad kind")
        allkeys[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: problems.append("clusters: missing why")
        if len(c.get("records", [])) < 2: problems.append("clusters: fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in allkeys.get(rec.get("file"), set()):
                problems.append(f"clusters: unknown record {rec}")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra: problems.append(f"unexpected gold files: {sorted(extra)}")
    if problems:
        print("\n".join(problems)); sys.exit(1)
    print("OK")

main()
