#!/usr/bin/env python3
"""Validate holdout269's gold files against its documents. Standard library only; prints OK."""
import glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def found(text, value, what, f, key):
    if value is None:
        return
    if fold(value) not in text:
        err(f"{f} [{key}] {what} not found: {value!r}")

def amount_found(text, eur, what, f, key):
    if eur is None:
        return
    if not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{f} [{key}] {what} not a decimal string: {eur!r}"); return
    digits = eur.split(".")[0]
    groups = []
    while digits:
        groups.insert(0, digits[-3:]); digits = digits[:-3]
    pat = r"(?<!\d)" + r"[ .]?".join(groups) + r"(?!\d)"
    if not re.search(pat, text):
        err(f"{f} [{key}] {what} amount not found: {eur}")

def qty(q, text, what, f, key):
    if q is None:
        return
    if not isinstance(q, dict):
        err(f"{f} [{key}] {what} not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{f} [{key}] {what}.{k} bad: {q.get(k)!r}")
    if q.get("per") not in ("total", "year"):
        err(f"{f} [{key}] {what}.per bad")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{f} [{key}] {what} min > max")
    if "unit" in q:
        found(text, q["unit"], what + ".unit", f, key)
    if not q.get("approximate"):
        for n in {q["min"], q["max"]}:
            if not re.search(r"(?<![\d,])%d(?![\d])" % n, text):
                err(f"{f} [{key}] {what} count {n} not found")
    for b in q.get("breakdown", []):
        if not {"label", "min", "max"} <= set(b):
            err(f"{f} [{key}] {what} breakdown item bad")
        found(text, b.get("label"), what + " breakdown label", f, key)

DEPT_NAMES = {"79": "Deux-Sèvres", "87": "Haute-Vienne", "95": "Val-d'Oise", "91": "Essonne", "971": "Guadeloupe"}

PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

docs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(DOCS, "*")))
golds = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(GOLD, "*.json")) if not p.endswith("clusters.json"))
if docs != golds:
    err(f"documents and gold files differ: {docs} vs {golds}")
if len(docs) != 7:
    err(f"expected 7 documents, found {len(docs)}")

all_keys = {}
for f in golds:
    path = os.path.join(GOLD, f + ".json")
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        err(f"{f}.json: invalid JSON: {e}"); continue
    if g.get("file") != f:
        err(f"{f}.json: file is {g.get('file')!r}")
    recs = g.get("records")
    if not isinstance(recs, list) or not recs:
        err(f"{f}.json: records missing"); continue
    dpath = os.path.join(DOCS, f)
    if not os.path.exists(dpath):
        continue
    text = load(dpath)
    keys = set()
    for r in recs:
        key = r.get("key")
        if not isinstance(key, str) or key in keys:
            err(f"{f}: bad or repeated key {key!r}")
        keys.add(key)
        if r.get("kind") == "index_row":
            if sorted(r) != sorted(INDEX_KEYS):
                err(f"{f} [{key}] index_row keys {sorted(r)}")
            if key != "index " + str(r.get("section")):
                err(f"{f} [{key}] index key does not match section")
            for k in ("section", "localisation", "organisme", "page"):
                if not isinstance(r.get(k), str): err(f"{f} [{key}] {k} not a string")
                else: found(text, r[k], k, f, key)
            continue
        if r.get("kind") != "project":
            err(f"{f} [{key}] bad kind {r.get('kind')!r}"); continue
        if sorted(r) != sorted(PROJECT_KEYS):
            err(f"{f} [{key}] project keys differ: {sorted(set(PROJECT_KEYS) ^ set(r))}")
        if r.get("section") is not None:
            found(text, r["section"], "section", f, key)
            if key != r["section"]:
                err(f"{f} [{key}] key differs from section")
        if not isinstance(r.get("title"), str):
            err(f"{f} [{key}] title not a string")
        else:
            found(text, r["title"], "title", f, key)
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
                err(f"{f} [{key}] {k} not a list of strings")
            else:
                for x in r[k]: found(text, x, k, f, key)
        t = r.get("territory")
        if t is not None:
            if not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
                err(f"{f} [{key}] territory shape")
            else:
                found(text, t["value"], "territory", f, key)
                for d in t["departments"]:
                    if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{f} [{key}] bad département {d}")
                    named = fold(DEPT_NAMES.get(d, "@")) in fold(t["value"])
                    if not named and not re.search(r"(?<!\d)%s(?!\d)" % d, text):
                        err(f"{f} [{key}] département {d} neither named nor in text")
        y = r.get("year")
        if y is not None:
            if not isinstance(y, int): err(f"{f} [{key}] year not int")
            elif str(y) not in text: err(f"{f} [{key}] year {y} not found")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
            err(f"{f} [{key}] bad mode")
        qty(r.get("households"), text, "households", f, key)
        qty(r.get("housing_units"), text, "housing_units", f, key)
        d = r.get("duration")
        if d is not None:
            if sorted(d) != ["end", "months", "renewable", "start"]: err(f"{f} [{key}] duration keys")
            if d.get("months") is not None and not isinstance(d["months"], int): err(f"{f} [{key}] months not int")
            if not isinstance(d.get("renewable"), bool): err(f"{f} [{key}] renewable not bool")
            for k in ("start", "end"):
                if d.get(k) is not None:
                    found(text, d[k], "duration." + k, f, key)
        c = r.get("cost")
        if c is not None:
            if sorted(c) != ["per_household_eur", "per_year_eur", "total_eur"]: err(f"{f} [{key}] cost keys")
            for k in ("total_eur", "per_year_eur", "per_household_eur"):
                amount_found(text, c.get(k), "cost." + k, f, key)
        if not isinstance(r.get("funding"), list): err(f"{f} [{key}] funding not a list")
        for fu in r.get("funding") or []:
            if sorted(fu) != ["eur", "share_percent", "source"]: err(f"{f} [{key}] funding keys")
            found(text, fu.get("source"), "funding source", f, key)
            amount_found(text, fu.get("eur"), "funding eur", f, key)
            if fu.get("share_percent") is not None and not re.search(r"(?<!\d)%s ?%%" % fu["share_percent"], text) \
                    and "moitie" not in text:
                err(f"{f} [{key}] share {fu['share_percent']} % not found")
        if not isinstance(r.get("contacts"), list): err(f"{f} [{key}] contacts not a list")
        for ct in r.get("contacts") or []:
            if not {"name", "email", "phone"} <= set(ct): err(f"{f} [{key}] contact keys")
            for k in ("name", "email", "phone"):
                found(text, ct.get(k), "contact " + k, f, key)
    all_keys[f] = keys

try:
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if len(c["records"]) < 2 or not isinstance(c.get("why"), str) or not c["why"]:
            err("clusters.json: cluster needs two records and a why")
        for rec in c["records"]:
            if rec["key"] not in all_keys.get(rec["file"], set()):
                err(f"clusters.json: unknown record {rec}")
except Exception as e:
    err(f"clusters.json: {e}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
