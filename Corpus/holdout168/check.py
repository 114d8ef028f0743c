#!/usr/bin/env python3
"""Checks holdout168's gold: keys and types per ../gold/README.md, index rows present in the guide,
and gold values (numbers, amounts, e-mails, phones, names, titles, places, years) present in their
documents (case/accent/apostrophe/NBSP folded; cp1252 decoded; HTML stripped and unescaped)."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def load(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith(".html"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text

def has(doc, value):
    return fold(value) in doc

def amount_forms(eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    forms = [spaced, str(n)]
    if n % 1000 == 0:
        forms.append(f"{n // 1000} k€")
    return forms

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def is_str_or_none(v): return v is None or isinstance(v, str)

def check_quantity(where, q, doc):
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
    if "unit" in q and not has(doc, q["unit"]):
        err(f"{where}: unit {q['unit']!r} not in document")
    if not q.get("approximate"):
        for n in {q["min"], q["max"]}:
            if not re.search(r"(?<!\d)(?<!\d )" + str(n) + r"(?! ?\d)", doc):
                err(f"{where}: number {n} not in document")
    for b in q.get("breakdown", []):
        if not (has(doc, b["label"]) and re.search(r"\b%d\b" % b["min"], doc)):
            err(f"{where}: breakdown {b} not in document")

def check_project(where, r, doc):
    missing = PROJECT_KEYS - set(r)
    extra = set(r) - PROJECT_KEYS
    if missing or extra:
        err(f"{where}: keys missing {sorted(missing)} extra {sorted(extra)}")
    for k in ("key", "title"):
        if not isinstance(r.get(k), str):
            err(f"{where}: {k} not a string")
    if r.get("title") and not has(doc, r["title"]):
        err(f"{where}: title not in document")
    for k in ("section", "section_as_written"):
        if not is_str_or_none(r.get(k)):
            err(f"{where}: {k} bad type")
    if r.get("section") and not has(doc, r["section"] + "."):
        err(f"{where}: section {r['section']} not in document")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{where}: {k} not a list of strings")
        for x in r.get(k, []):
            if not has(doc, x):
                err(f"{where}: {k[:-1]} {x!r} not in document")
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(f"{where}: territory bad shape")
        elif not has(doc, t["value"]):
            err(f"{where}: territory {t['value']!r} not in document")
        for d in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                err(f"{where}: bad département code {d}")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or str(y) not in doc):
        err(f"{where}: year {y} bad or absent")
    if r.get("mode") is not None and r["mode"] not in MODES:
        err(f"{where}: bad mode")
    check_quantity(where + " households", r.get("households"), doc)
    check_quantity(where + " housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{where}: duration keys")
        if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool):
            err(f"{where}: duration types")
        for k in ("start", "end"):
            if d[k] is not None and d[k] not in doc:
                err(f"{where}: duration {k} {d[k]} not in document")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost keys")
        for k, v in c.items():
            if v is None:
                continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                err(f"{where}: cost {k} not a decimal string")
            elif not any(fold(f) in doc for f in amount_forms(v)):
                err(f"{where}: cost {k} {v} not in document")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding not a list")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys")
        if not has(doc, f["source"]):
            err(f"{where}: funder {f['source']} not in document")
        if f["eur"] is not None and not any(fold(x) in doc for x in amount_forms(f["eur"])):
            err(f"{where}: funding amount {f['eur']} not in document")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} % not in document")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts not a list")
    for ct in r.get("contacts", []):
        if not {"name", "email", "phone"} <= set(ct):
            err(f"{where}: contact keys")
        for k in ("name", "email", "phone"):
            if ct.get(k) is not None and not has(doc, ct[k]):
                err(f"{where}: contact {k} {ct[k]!r} not in document")

def check_index(where, r, doc):
    if set(r) != INDEX_KEYS:
        err(f"{where}: index keys {sorted(r)}")
    if r["key"] != "index " + r["section"]:
        err(f"{where}: key/section mismatch")
    row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
    if not any(fold(line) == row for line in doc_lines):
        err(f"{where}: index row not found as a line of the guide")

gold_files = sorted(glob.glob(os.path.join(GOLD, "*.json")))
docs = sorted(os.listdir(DOCS))
keys_by_file = {}
for gf in gold_files:
    name = os.path.basename(gf)
    data = json.load(open(gf, encoding="utf-8"))
    if name == "clusters.json":
        continue
    fn = data.get("file")
    if fn + ".json" != name or fn not in docs:
        err(f"{name}: file field {fn!r} does not match a document")
        continue
    raw = load(os.path.join(DOCS, fn))
    doc = fold(raw)
    doc_lines = [l.strip() for l in raw.splitlines()]
    keys = [r.get("key") for r in data["records"]]
    if len(keys) != len(set(keys)):
        err(f"{name}: duplicate keys")
    keys_by_file[fn] = set(keys)
    for r in data["records"]:
        where = f"{fn} [{r.get('key')}]"
        if r.get("kind") == "project":
            check_project(where, r, doc)
        elif r.get("kind") == "index_row":
            check_index(where, r, doc)
        else:
            err(f"{where}: bad kind")
for d in docs:
    if d not in keys_by_file:
        err(f"{d}: no gold file")
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"):
        err("cluster without why")
    for rec in c["records"]:
        if rec["key"] not in keys_by_file.get(rec["file"], set()):
            err(f"cluster record {rec} not in gold")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK ({len(gold_files) - 1} gold files, {sum(len(v) for v in keys_by_file.values())} records, {len(cl['clusters'])} cluster)")
