#!/usr/bin/env python3
"""Check the gold of holdout181: format (../gold/README.md) and that every expected value
string occurs in its document (NBSP, apostrophes, case, accents, oe ligature, HTML tags and
entities, cp1252 folded; amounts may be written with spaced thousands). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def load(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def has(text, value, where):
    if fold(str(value)) not in text:
        err(f"{where}: {value!r} not found")

def amount_re(eur):
    digits = str(eur)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:]); digits = digits[:-3]
    groups.insert(0, digits)
    return r"(?<!\d)" + r"[ .]?".join(groups) + r"(?![\d])"

def has_amount(text, eur, where):
    if not re.search(amount_re(eur), text):
        err(f"{where}: amount {eur} not found")

def has_number(text, n, where):
    if not re.search(r"(?<![\d,])" + str(n) + r"(?![\d])", text):
        err(f"{where}: number {n} not found")

QKEYS = {"min", "max", "per", "approximate"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
WORDS = {"une dizaine": (8, 12), "une quinzaine": (12, 18), "une vingtaine": (16, 24),
         "une trentaine": (24, 36), "une quarantaine": (32, 48), "une centaine": (80, 120)}

def check_q(q, text, where):
    if q is None:
        return
    if not isinstance(q, dict) or not QKEYS <= set(q) or set(q) - QKEYS - {"unit", "breakdown"}:
        err(f"{where}: bad quantity keys {q}"); return
    if q["per"] not in ("total", "year"):
        err(f"{where}: bad per")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate not bool")
    if "unit" in q:
        has(text, q["unit"], where + ".unit")
    if q["min"] == q["max"]:
        has_number(text, q["min"], where)
    else:
        ok = any((a, b) == (q["min"], q["max"]) and w in text for w, (a, b) in WORDS.items())
        if not ok:
            err(f"{where}: range {q['min']}-{q['max']} matches no word of size in the text")
        if not q["approximate"]:
            err(f"{where}: word of size should be approximate")

def check_record(r, text, where):
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != INDEX_KEYS:
            err(f"{where}: index_row keys {sorted(r)}")
        if r["key"] != "index " + r["section"]:
            err(f"{where}: index key")
        line = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
        has(text, line, where + " (whole index row)")
        return
    if kind != "project":
        err(f"{where}: bad kind"); return
    if set(r) - PROJECT_KEYS or not {"kind", "key"} <= set(r):
        err(f"{where}: project keys {sorted(set(r) - PROJECT_KEYS)}")
    if r.get("section"):
        has(text, r["section"] + ".", where + ".section")
        if r["key"] != r["section"]:
            err(f"{where}: key should be the section")
    if r.get("title"):
        has(text, r["title"], where + ".title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f, []), list):
            err(f"{where}.{f}: not a list")
        for v in r.get(f, []):
            has(text, v, f"{where}.{f}")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}:
            err(f"{where}: territory keys")
        has(text, t["value"], where + ".territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(f"{where}: bad département {d}")
            has(text, "(" + d + ")", where + ".departments")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}: year not int")
        has_number(text, y, where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), text, where + ".households")
    check_q(r.get("housing_units"), text, where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: duration keys")
        if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool):
            err(f"{where}: duration types")
        for k in ("start", "end"):
            if d[k] is not None:
                has_number(text, int(d[k]), f"{where}.duration.{k}")
        if d["start"] and d["end"] and (int(d["end"]) - int(d["start"])) * 12 != d["months"]:
            err(f"{where}: months do not match start/end")
        m = d["months"]
        spelled = {24: ["2 ans", "24 mois", "deux ans"], 30: ["30 mois"], 36: ["3 ans", "36 mois", "trois ans"]}
        if not (d["start"] and d["end"]) and not any(s in text for s in spelled.get(m, [])):
            err(f"{where}: duration {m} months not written")
        if d["renewable"]:
            has(text, "renouvelable", where + ".renewable")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost keys")
        for k, v in c.items():
            if v is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}: cost {k} not a decimal string")
                has_amount(text, v, f"{where}.cost.{k}")
    for fu in r.get("funding", []) or []:
        if set(fu) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys")
        has(text, fu["source"], where + ".funding")
        if fu["eur"]:
            has_amount(text, fu["eur"], where + ".funding.eur")
        if fu["share_percent"]:
            if not re.search(r"(?<!\d)" + fu["share_percent"] + r" ?%", text):
                err(f"{where}: share {fu['share_percent']} % not found")
    for ct in r.get("contacts", []) or []:
        if not {"name", "email", "phone"} <= set(ct):
            err(f"{where}: contact keys")
        has(text, ct["name"], where + ".contact.name")
        if ct["email"]:
            has(text, ct["email"], where + ".contact.email")
        if ct["phone"]:
            has(text, ct["phone"], where + ".contact.phone")

def main():
    docs = sorted(os.listdir(DOCS))
    keys_by_file = {}
    for doc in docs:
        gp = os.path.join(GOLD, doc + ".json")
        if not os.path.exists(gp):
            err(f"no gold for {doc}"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != doc:
            err(f"{gp}: top-level keys or file name")
        text = fold(load(os.path.join(DOCS, doc)))
        keys = [r["key"] for r in g["records"]]
        if len(keys) != len(set(keys)):
            err(f"{doc}: duplicate keys")
        keys_by_file[doc] = set(keys)
        for r in g["records"]:
            check_record(r, text, f"{doc}[{r.get('key')}]")
    extra = set(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json") - set(docs)
    if extra:
        err(f"gold without document: {extra}")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}:
        err("clusters.json keys")
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or not c["why"].strip() or len(c["records"]) < 2:
            err("cluster shape")
        for m in c["records"]:
            if m["key"] not in keys_by_file.get(m["file"], ()):
                err(f"cluster member {m} not in gold")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
