#!/usr/bin/env python3
"""Check the gold of holdout196: format (../gold/README.md) and that every expected value
string occurs in its document (cp1252 decoded, HTML tags stripped and entities decoded,
case, accents, oe, apostrophes, dashes and no-break spaces folded). Prints OK."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fail(msg):
    errors.append(msg)

def fold(s):
    s = html.unescape(s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u00a0", " "), ("\u202f", " "), ("\u2013", "-"),
                 ("\u2014", "-"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8"); fail(name + ": expected Windows-1252, is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = re.sub(r"<script\b.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def has(doc, value, what):
    if fold(value) not in doc:
        fail(f"{what}: {value!r} not found")

def has_number(doc, n, what):
    digits = str(n)
    pat = r"(?<![\d,])" + r"[ .]?".join(re.escape(d) for d in digits) + r"(?![\d])"
    if not re.search(pat, doc):
        fail(f"{what}: number {n} not found")

DEPTS = {"04": "alpes-de-haute-provence", "08": "ardennes", "26": "drome", "66": "pyrenees-orientales"}
WORDS = {12: "douzaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine", 100: "centaine"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, what, unit_required=False):
    if q is None:
        return
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"} or not {"min", "max", "per", "approximate"} <= set(q):
        fail(f"{what}: bad quantity keys {sorted(q)}"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        fail(f"{what}: bad min/max")
    if q["per"] not in ("total", "year"):
        fail(f"{what}: bad per")
    if not isinstance(q["approximate"], bool):
        fail(f"{what}: approximate not bool")
    if "unit" in q:
        has(doc, q["unit"], what + " unit")
    if q["approximate"] and q["min"] != q["max"]:
        mid = (q["min"] + q["max"]) // 2
        word = WORDS.get(mid)
        if not word or word not in doc:
            fail(f"{what}: word of size for {mid} not found")
        elif (q["min"], q["max"]) != (mid - mid // 5, mid + mid // 5):
            fail(f"{what}: {q['min']}-{q['max']} is not {mid} give or take a fifth")
    else:
        has_number(doc, q["min"], what + " min"); has_number(doc, q["max"], what + " max")

def check_project(doc, r, w):
    if set(r) - PROJECT_KEYS:
        fail(f"{w}: unknown keys {sorted(set(r) - PROJECT_KEYS)}")
    for k in ("title",):
        if r.get(k) is not None: has(doc, r[k], w + " " + k)
    if r.get("section") is not None: has(doc, r["section"], w + " section")
    for k in ("carriers", "partners"):
        if k in r:
            if not isinstance(r[k], list): fail(f"{w}: {k} not a list")
            for v in r[k]: has(doc, v, f"{w} {k}")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}: fail(f"{w}: territory keys")
        has(doc, t["value"], w + " territory")
        for d in t["departments"]:
            if f"({d})" not in doc and DEPTS.get(d, "@@") not in doc:
                fail(f"{w}: departement {d} neither as ({d}) nor by name")
    if r.get("year") is not None:
        has_number(doc, r["year"], w + " year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        fail(f"{w}: bad mode")
    check_q(doc, r.get("households"), w + " households")
    check_q(doc, r.get("housing_units"), w + " housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: fail(f"{w}: duration keys")
        m = d["months"]
        if m is not None:
            yrs = {12: "(1|un) an", 24: "(2|deux) ans", 36: "(3|trois) ans", 48: "(4|quatre) ans"}
            ok = re.search(rf"(?<!\d){m} mois", doc) or (m in yrs and re.search(rf"\b{yrs[m]}\b", doc))
            if not ok and d["start"] and d["end"]:
                ok = (int(d["end"]) - int(d["start"])) * 12 == m
            if not ok: fail(f"{w}: duration {m} months not found")
        for k in ("start", "end"):
            if d[k] is not None: has_number(doc, d[k], f"{w} duration {k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: fail(f"{w}: cost keys")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v): fail(f"{w}: {k} not a decimal string")
                else: has_number(doc, v, f"{w} {k}")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}: fail(f"{w}: funding keys")
        has(doc, f["source"], w + " funding source")
        if f["eur"]: has_number(doc, f["eur"], w + " funding eur")
        if f["share_percent"] and not re.search(rf"(?<!\d){f['share_percent']} ?%", doc):
            fail(f"{w}: share {f['share_percent']} % not found")
    for k in r.get("contacts") or []:
        if set(k) - {"name", "email", "phone", "role", "organisation"}: fail(f"{w}: contact keys")
        for x in ("name", "email", "phone", "role", "organisation"):
            if k.get(x): has(doc, k[x], f"{w} contact {x}")

def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7: fail(f"expected 7 documents, found {len(names)}")
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if golds != sorted(n + ".json" for n in names): fail(f"gold files {golds} do not match documents {names}")
    keys = {}
    for name in names:
        path = os.path.join(GOLD, name + ".json")
        if not os.path.exists(path): continue
        g = json.load(open(path, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name: fail(f"{name}: bad top level")
        doc = load(name)
        seen = set()
        for r in g["records"]:
            w = f"{name} [{r.get('key')}]"
            if r.get("key") in seen: fail(f"{w}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, w)
                if r["key"] != "document" and r.get("section") is None and r.get("title") != r["key"]:
                    fail(f"{w}: key is neither document, section nor title")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: fail(f"{w}: index_row keys")
                if r["key"] != "index " + r["section"]: fail(f"{w}: index key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
                if row not in doc: fail(f"{w}: index row not found as one line")
            else:
                fail(f"{w}: bad kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}: fail("clusters.json: top level")
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or not c["why"].strip(): fail("clusters.json: cluster keys / why")
        if len(c["records"]) < 2: fail("clusters.json: cluster of one")
        for x in c["records"]:
            if x["key"] not in keys.get(x["file"], ()): fail(f"clusters.json: {x} not a gold record")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
