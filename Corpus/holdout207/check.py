#!/usr/bin/env python3
"""Validate holdout207 gold files against the documents (standard library only).

Checks JSON shape, required keys and types, and that every textual value of the gold
(titles, carriers, partners, territories, département codes, units, exact counts,
amounts, years, funders and shares, contact names, e-mails and phones, index rows)
occurs in its document (Windows-1252 decoded when not UTF-8, HTML tags stripped and
entities decoded, case, accents, apostrophes, dashes and spaces folded). Prints OK.
"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘`´": s = s.replace(a, "'")
    for d in "–—‑−": s = s.replace(d, "-")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

def found(doc, value, what, fname, key):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{fname} [{key}] {what}: {value!r} not found in document")

def amount_found(doc, eur, what, fname, key):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    if spaced not in doc and str(n) not in doc:
        err(f"{fname} [{key}] {what}: {eur} (as {spaced!r}) not found")

DEPT_NAMES = {"37": "indre-et-loire", "41": "loir-et-cher", "63": "puy-de-dome",
              "87": "haute-vienne", "91": "essonne"}

PROJECT_KEYS = {"kind": str, "key": str, "section": (str, type(None)), "section_as_written": (str, type(None)),
                "title": (str, type(None)), "carriers": list, "partners": list, "territory": (dict, type(None)),
                "year": (int, type(None)), "mode": (str, type(None)), "households": (dict, type(None)),
                "housing_units": (dict, type(None)), "duration": (dict, type(None)), "cost": (dict, type(None)),
                "funding": list, "contacts": list}
INDEX_KEYS = {"kind": str, "key": str, "section": str, "localisation": str, "organisme": str, "page": str}

def check_q(q, what, doc, fname, key):
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t):
            err(f"{fname} [{key}] {what}.{k} missing or wrong type")
            return
    if q["per"] not in ("total", "year"):
        err(f"{fname} [{key}] {what}.per invalid")
    if q["min"] > q["max"]:
        err(f"{fname} [{key}] {what} min > max")
    if not q["approximate"]:
        for v in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})" % v, doc):
                err(f"{fname} [{key}] {what}: count {v} not found")
    if "unit" in q:
        found(doc, q["unit"], what + ".unit", fname, key)
    for b in q.get("breakdown", []):
        found(doc, b["label"], what + ".breakdown.label", fname, key)
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], doc):
            err(f"{fname} [{key}] breakdown {b} not found")

def check_project(r, doc, fname):
    key = r.get("key")
    for k, t in PROJECT_KEYS.items():
        if k not in r:
            err(f"{fname} [{key}] missing key {k}")
        elif not isinstance(r[k], t):
            err(f"{fname} [{key}] {k} has type {type(r[k]).__name__}")
    if errors:
        return
    found(doc, r["title"], "title", fname, key)
    for c in r["carriers"]: found(doc, c, "carrier", fname, key)
    for p in r["partners"]: found(doc, p, "partner", fname, key)
    if r["section"] is not None:
        found(doc, r["section"], "section", fname, key)
    if r["territory"]:
        t = r["territory"]
        if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{fname} [{key}] territory shape")
        else:
            found(doc, t["value"], "territory", fname, key)
            for d in t["departments"]:
                if not re.search(r"(?<!\d)%s(?!\d)" % d, doc) and DEPT_NAMES.get(d, "#") not in doc:
                    err(f"{fname} [{key}] département {d} not found")
    if r["year"] is not None:
        found(doc, str(r["year"]), "year", fname, key)
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{fname} [{key}] bad mode {r['mode']}")
    for q in ("households", "housing_units"):
        if r[q]: check_q(r[q], q, doc, fname, key)
    d = r["duration"]
    if d:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{fname} [{key}] duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None: found(doc, d[k], "duration." + k, fname, key)
        if d.get("renewable"):
            if "renouvelable" not in doc and "reconductible" not in doc:
                err(f"{fname} [{key}] renewable not found")
    c = r["cost"]
    if c:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{fname} [{key}] cost.{k} missing")
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]): err(f"{fname} [{key}] cost.{k} not a decimal string")
                else: amount_found(doc, c[k], "cost." + k, fname, key)
    for f in r["funding"]:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{fname} [{key}] funding keys {sorted(f)}")
        found(doc, f["source"], "funding.source", fname, key)
        if f["eur"] is not None: amount_found(doc, f["eur"], "funding.eur", fname, key)
        if f["share_percent"] is not None:
            if not re.search(r"(?<!\d)%s ?%%" % re.escape(f["share_percent"]), doc):
                err(f"{fname} [{key}] share {f['share_percent']} % not found")
    for p in r["contacts"]:
        if not isinstance(p.get("name"), str): err(f"{fname} [{key}] contact without name")
        found(doc, p.get("name"), "contact.name", fname, key)
        found(doc, p.get("email"), "contact.email", fname, key)
        found(doc, p.get("phone"), "contact.phone", fname, key)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(g for g in os.listdir(GOLD) if g != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        fname = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if data.get("file") != fname: err(f"{g}: file field {data.get('file')!r}")
        if not isinstance(data.get("records"), list) or not data["records"]:
            err(f"{g}: no records"); continue
        doc = load(fname)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen: err(f"{g}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, doc, fname)
            elif r.get("kind") == "index_row":
                for k, t in INDEX_KEYS.items():
                    if not isinstance(r.get(k), t): err(f"{g} [{r.get('key')}] index {k}")
                if r.get("key") != "index " + str(r.get("section")): err(f"{g}: index key {r.get('key')}")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                found(doc, row, "index row", fname, r["key"])
            else:
                err(f"{g}: bad kind {r.get('kind')}")
        keys[fname] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
        err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: cluster shape")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), set()):
                err(f"clusters.json: unknown record {m}")
    if errors:
        print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
    print("OK")

main()
