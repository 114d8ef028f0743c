#!/usr/bin/env python3
"""Validate holdout412 gold files: shape, keys, types, and that each value's text is in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def has(doc, text, where):
    if not isinstance(text, str) or fold(text) not in doc:
        err(f"{where}: {text!r} not found in document")

def amount_in(doc, eur, where):
    if eur is None:
        return
    if not isinstance(eur, str) or not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{where}: amount {eur!r} is not a decimal string"); return
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and eur not in doc:
        err(f"{where}: amount {spaced} not found")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{where}: not an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: missing {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if "unit" in q:
        has(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max") and "breakdown" not in q:
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?![\d])", doc):
            err(f"{where}: count {q['min']} not found")
    for b in q.get("breakdown", []):
        has(doc, b["label"], where + ".breakdown")

def check_project(r, doc, where):
    miss = PROJECT_KEYS - set(r)
    if miss:
        err(f"{where}: missing keys {sorted(miss)}")
    if not isinstance(r.get("key"), str):
        err(f"{where}: key not a string")
    for k in ("section",):
        if r.get(k) is not None:
            has(doc, r[k], where + "." + k)
    if r.get("title") is not None:
        has(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list):
            err(f"{where}: {k} not a list"); continue
        for v in r[k]:
            has(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        has(doc, t.get("value"), where + ".territory")
        if not (isinstance(t.get("departments"), list) and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"])):
            err(f"{where}: bad departments")
    if r.get("year") is not None:
        if not isinstance(r["year"], int):
            err(f"{where}: year not int")
        has(doc, str(r["year"]), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), doc, where + ".households")
    check_q(r.get("housing_units"), doc, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if not (isinstance(d.get("months"), int) or d.get("months") is None):
            err(f"{where}: months")
        if not isinstance(d.get("renewable"), bool):
            err(f"{where}: renewable")
        for k in ("start", "end"):
            if d.get(k) is not None:
                has(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost missing {k}")
            amount_in(doc, c.get(k), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding not a list")
    for f in r.get("funding") or []:
        has(doc, f.get("source"), where + ".funding.source")
        amount_in(doc, f.get("eur"), where + ".funding.eur")
        if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts not a list")
    for p in r.get("contacts") or []:
        has(doc, p.get("name"), where + ".contacts.name")
        for k in ("email", "phone"):
            if p.get(k) is not None:
                has(doc, p[k], f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json"}
    if set(docs) != golds:
        err(f"documents {docs} vs gold {sorted(golds)}")
    keys = {}
    for name in sorted(golds & set(docs)):
        g = json.load(open(os.path.join(GOLD, name + ".json"), encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level"); continue
        doc = load_doc(name)
        seen = set()
        for i, r in enumerate(g["records"]):
            where = f"{name}[{i}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index keys {sorted(r)}")
                if r.get("key") != "index " + str(r.get("section")):
                    err(f"{where}: index key")
                for k in ("section", "localisation", "organisme", "page"):
                    has(doc, r.get(k), f"{where}.{k}")
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    c = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(c.get("clusters"), list) or not c["clusters"]:
        err("clusters: empty")
    for cl in c.get("clusters", []):
        if not isinstance(cl.get("why"), str) or len(cl.get("records", [])) < 2:
            err("clusters: bad cluster")
        for m in cl.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                err(f"clusters: {m} not a gold record")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
