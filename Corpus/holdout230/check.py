#!/usr/bin/env python3
"""Validate holdout230 gold files: shape, keys, types, and that values occur in their documents."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def found(doc, text, where):
    if fold(str(text)) not in doc:
        err(f"{where}: {text!r} not found in document")

def spaced(n):
    return f"{int(n):,}".replace(",", " ")

Q_KEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, t in Q_KEYS.items():
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{where}.{k}: missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{where}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{where}: min > max")
    if not q.get("approximate"):
        for v in {q.get("min"), q.get("max")}:
            if not re.search(r"(?<!\d)" + str(v) + r"(?![\d])", doc): err(f"{where}: {v} not found")
    if "unit" in q: found(doc, q["unit"], where + ".unit")

def check_project(r, doc, where):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{where}: key {k} missing")
    if r.get("title") is not None: found(doc, r["title"], where + ".title")
    if r.get("section") is not None: found(doc, r["section"] + ".", where + ".section")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}.{k} not a list"); continue
        for v in r[k]: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)): err(f"{where}.territory shape")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}", d): err(f"{where}.territory code {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{where}.year not int")
        else: found(doc, f"- {y}", where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}.mode invalid")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        if not (isinstance(d.get("months"), int) and isinstance(d.get("renewable"), bool)): err(f"{where}.duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None: found(doc, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{where}.cost.{k} missing")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]): err(f"{where}.cost.{k} not decimal string")
                else: found(doc, spaced(c[k]) + " €", f"{where}.cost.{k}")
    for i, f in enumerate(r.get("funding") or []):
        w = f"{where}.funding[{i}]"
        if set(f) != {"source", "eur", "share_percent"}: err(w + " keys")
        found(doc, f["source"], w + ".source")
        if f.get("eur") is not None: found(doc, spaced(f["eur"]) + " €", w + ".eur")
        if f.get("share_percent") is not None: found(doc, f["share_percent"] + " %", w + ".share")
    if not isinstance(r.get("contacts"), list): err(f"{where}.contacts not a list")
    for i, k in enumerate(r.get("contacts") or []):
        w = f"{where}.contacts[{i}]"
        if not isinstance(k.get("name"), str): err(w + ".name")
        else: found(doc, k["name"], w + ".name")
        for f in ("email", "phone"):
            if k.get(f) is not None: found(doc, k[f], f"{w}.{f}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
    for name in docs:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path): err(f"{name}: no gold file"); continue
        g = json.load(open(path, encoding="utf-8"))
        if g.get("file") != name: err(f"{name}: file field {g.get('file')!r}")
        doc = load(name)
        recs = g.get("records")
        if not isinstance(recs, list) or not recs: err(f"{name}: no records"); continue
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys): err(f"{name}: duplicate keys")
        for r in recs:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(r, doc, where)
                if r["key"] != "document" and r["section"] is None: found(doc, r["key"], where + ".key")
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r: err(f"{where}: key {k} missing")
                if r.get("key") != "index " + str(r.get("section")): err(where + ": key/section mismatch")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
                if row not in raw: err(f"{where}: index row not found as a line")
            else:
                err(f"{where}: bad kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for m in c["records"]:
            p = os.path.join(GOLD, m["file"] + ".json")
            if not os.path.exists(p) or m["key"] not in [r["key"] for r in json.load(open(p, encoding="utf-8"))["records"]]:
                err(f"clusters: {m} not in gold")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
