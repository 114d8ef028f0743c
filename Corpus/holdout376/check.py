#!/usr/bin/env python3
"""Validate the holdout376 gold files against their documents (standard library only)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

def found(doc, value, what, where):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{where}: {what} {value!r} not found in document")

def amount_found(doc, eur, where):
    if eur is None:
        return
    if not re.fullmatch(r"\d+", eur):
        err(f"{where}: amount {eur!r} is not a plain decimal string"); return
    spaced = f"{int(eur):,}".replace(",", " ")
    if spaced not in doc and eur not in doc:
        err(f"{where}: amount {eur} not found (as {spaced!r})")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, doc, where, name):
    if q is None:
        return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{where}: {name}.{k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: {name}.per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: {name} min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)(?! \d{3})", doc):
        err(f"{where}: {name} count {q['min']} not found")
    if "unit" in q:
        found(doc, q["unit"], name + " unit", where)

def check_project(r, doc, where):
    if set(r) != PROJECT_KEYS:
        err(f"{where}: keys differ: {sorted(set(r) ^ PROJECT_KEYS)}")
    for k in ("section", "title"):
        found(doc, r.get(k), k, where)
    for k in ("carriers", "partners", "funding", "contacts"):
        if not isinstance(r.get(k), list):
            err(f"{where}: {k} must be a list")
    for v in r.get("carriers", []) + r.get("partners", []):
        found(doc, v, "organisation", where)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d[\dAB]\d?", d) for d in t["departments"]):
            err(f"{where}: territory departments malformed")
        found(doc, t.get("value"), "territory", where)
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(f"{where}: year not int")
        found(doc, str(r["year"]), "year", where)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), doc, where, "households")
    check_q(r.get("housing_units"), doc, where, "housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
        if not isinstance(d.get("months"), int): err(f"{where}: duration months")
        for k in ("start", "end"):
            found(doc, d.get(k), "duration " + k, where)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
        for k in c:
            amount_found(doc, c[k], where)
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
        found(doc, f.get("source"), "funder", where)
        amount_found(doc, f.get("eur"), where)
        if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} % not found")
    for p in r.get("contacts", []):
        if not isinstance(p.get("name"), str): err(f"{where}: contact name")
        for k in ("name", "email", "phone"):
            found(doc, p.get(k), "contact " + k, where)

def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        err(f"expected 7 documents, found {len(names)}")
    keys = {}
    for name in names:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            err(f"missing gold for {name}"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("file") != name or not isinstance(g.get("records"), list) or not g["records"]:
            err(f"{name}: bad top level"); continue
        doc = load(name)
        seen = set()
        for r in g["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, where)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(f"{where}: index row keys")
                if r["key"] != "index " + r["section"]: err(f"{where}: index key")
                for k in ("section", "localisation", "organisme", "page"):
                    found(doc, r[k], k, where)
            else:
                err(f"{where}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters: bad cluster")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                err(f"clusters: unknown record {m}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
