#!/usr/bin/env python3
"""Validate holdout293 gold files: shape, required keys, types, and that each value's text
occurs in its document (cp1252 decoded, HTML tags stripped and entities decoded, folded).
Standard library only. Prints OK when everything passes."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def found(doc, s, where):
    if fold(s) not in doc:
        err(f"{where}: text not found in document: {s!r}")

MODES = {"access", "maintenance", "access_and_maintenance"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if "unit" in q:
        found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)%d(?!\d)" % q["min"], doc):
            err(f"{where}: count {q['min']} not in document")
    for b in q.get("breakdown", []):
        found(doc, b["label"], where + ".breakdown")
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc):
            err(f"{where}: breakdown count {b['min']} not in document")

def check_eur(v, where, doc):
    if v is None:
        return
    if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
        return err(f"{where}: amount not a decimal string: {v!r}")
    if spaced(v) not in doc and v not in doc:
        err(f"{where}: amount {v} not in document")

def check_project(r, where, doc):
    missing = PROJECT_KEYS - set(r)
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    if r.get("title") is not None:
        found(doc, r["title"], where + ".title")
    if r.get("section") is not None:
        found(doc, r["section"], where + ".section")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f), list):
            err(f"{where}: {f} not a list")
        for v in r.get(f, []):
            found(doc, v, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: bad territory")
        else:
            found(doc, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}", d) or int(d) % 2 == 0:
                    err(f"{where}: département {d!r} not an odd code")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int) or str(y) not in doc:
            err(f"{where}: bad year {y!r}")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode")
    check_q(r.get("households"), where + ".households", doc)
    check_q(r.get("housing_units"), where + ".housing_units", doc)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{where}: duration lacks {k}")
        if d.get("months") is not None and not isinstance(d["months"], int):
            err(f"{where}: months not int")
        for k in ("start", "end"):
            if d.get(k) is not None and d[k] not in doc:
                err(f"{where}: duration {k} {d[k]} not in document")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost lacks {k}")
            check_eur(c.get(k), f"{where}.cost.{k}", doc)
    for f in r.get("funding", []):
        found(doc, f["source"], where + ".funding")
        check_eur(f.get("eur"), where + ".funding.eur", doc)
        if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} % not in document")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts not a list")
    for k in r.get("contacts", []):
        if "name" not in k:
            err(f"{where}: contact without name")
            continue
        found(doc, k["name"], where + ".contact.name")
        for f in ("email", "phone"):
            if k.get(f) is not None:
                found(doc, k[f], f"{where}.contact.{f}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(p for p in os.listdir(GOLD) if p != "clusters.json")
    if len(docs) != 7:
        err(f"expected 7 documents, found {len(docs)}")
    for d in docs:
        if d + ".json" not in golds:
            err(f"no gold for {d}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        fn = data.get("file")
        if fn + ".json" != g or fn not in docs:
            err(f"{g}: file field {fn!r} does not match")
            continue
        doc = load(os.path.join(DOCS, fn))
        if not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: no records")
            continue
        seen = set()
        for r in data["records"]:
            where = f"{g}[{r.get('key')}]"
            if r.get("key") in seen:
                err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, where, doc)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS:
                    err(f"{where}: index row keys {sorted(r)}")
                for f in ("section", "localisation", "organisme", "page"):
                    found(doc, r[f], f"{where}.{f}")
                if r["key"] != "index " + r["section"]:
                    err(f"{where}: key should be 'index ' + section")
            else:
                err(f"{where}: bad kind")
        keys[fn] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: bad cluster")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
