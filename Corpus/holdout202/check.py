#!/usr/bin/env python3
"""Check the gold of Corpus/holdout202: format of ../gold/README.md, and that every
expected value can be found in its document (after the README's normalisations)."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
        if "cp1252" in name: err(name + ": expected Windows-1252, decodes as UTF-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"),
                 ("\u00a0", " "), ("\u202f", " "), ("\u2013", "-"), ("\u2014", "-"), ("\t", " ")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s)

def spaced(n):
    n = str(n); out = ""
    while len(n) > 3: out, n = " " + n[-3:] + out, n[:-3]
    return n + out

def has(text, value, what):
    if value is None: return
    if fold(str(value)) not in text:
        err("%s: %r not found" % (what, value))

def has_number(text, n, what):
    if not re.search(r"(?<![\d,.])" + re.escape(spaced(n)) + r"(?![\d,])", text) and \
       not re.search(r"(?<![\d,.])" + str(n) + r"(?![\d,])", text):
        err("%s: number %s not found" % (what, n))

SIZE_WORDS = {10: "dizaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine", 100: "centaine"}
Q_KEYS = {"min", "max", "per", "approximate"}
PROJECT_FIELDS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                  "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_FIELDS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, text, what):
    if q is None: return
    if not isinstance(q, dict) or not Q_KEYS <= set(q) or not set(q) <= Q_KEYS | {"unit", "breakdown"}:
        return err(what + ": bad quantity keys")
    if q["per"] not in ("total", "year"): err(what + ": bad per")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(what + ": bad min/max")
    if q["approximate"] and q["min"] != q["max"]:
        centre = round((q["min"] + q["max"]) / 2)
        if centre not in SIZE_WORDS or (q["min"], q["max"]) != (round(centre * 0.8), round(centre * 1.2)):
            err(what + ": widened range is not a word of size give or take a fifth")
        elif SIZE_WORDS[centre] not in text:
            err(what + ": word of size %r not found" % SIZE_WORDS[centre])
    else:
        has_number(text, q["min"], what + ".min"); has_number(text, q["max"], what + ".max")
    if "unit" in q: has(text, q["unit"], what + ".unit")

def check_duration(d, text, what):
    if d is None: return
    if set(d) != {"months", "start", "end", "renewable"}: return err(what + ": bad duration keys")
    m = d["months"]
    forms = [r"\b%d mois\b" % m]
    if m % 12 == 0: forms.append(r"\b%d ans?\b" % (m // 12))
    ok = any(re.search(f, text) for f in forms)
    if d["start"] and d["end"]:
        ok = ok or (int(d["end"]) - int(d["start"])) * 12 == m
    if not ok: err(what + ": %s months not found" % m)
    for k in ("start", "end"):
        if d[k] is not None: has(text, d[k], what + "." + k)
    if d["renewable"] and "renouvelable" not in text and "reconductible" not in text:
        err(what + ": renewable not written")

def check_cost(c, text, what):
    if c is None: return
    if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: return err(what + ": bad cost keys")
    for k, v in c.items():
        if v is None: continue
        if not re.fullmatch(r"\d+(\.\d+)?", v): err(what + "." + k + ": not a decimal string")
        else: has_number(text, int(v.split(".")[0]), what + "." + k)

def check_record(r, text, name):
    what = "%s[%s]" % (name, r.get("key"))
    if r.get("kind") == "index_row":
        if set(r) != INDEX_FIELDS: err(what + ": bad index_row keys")
        line = fold(" ".join([r["section"], r["localisation"], r["organisme"], r["page"]]))
        if line not in text: err(what + ": index row not found as one line")
        return
    if r.get("kind") != "project": return err(what + ": bad kind")
    if not set(r) <= PROJECT_FIELDS: err(what + ": unknown keys %s" % (set(r) - PROJECT_FIELDS))
    for k in ("section", "title"):
        has(text, r.get(k), what + "." + k)
    for k in ("carriers", "partners"):
        for v in r.get(k, []): has(text, v, what + "." + k)
    t = r.get("territory")
    if t is not None:
        has(text, t["value"], what + ".territory")
        for d in t["departments"]:
            if "(%s)" % d not in text: err(what + ": département (%s) not written" % d)
    if r.get("year") is not None: has(text, "- %d" % r["year"], what + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(what + ": bad mode")
    check_q(r.get("households"), text, what + ".households")
    check_q(r.get("housing_units"), text, what + ".housing_units")
    check_duration(r.get("duration"), text, what + ".duration")
    check_cost(r.get("cost"), text, what + ".cost")
    for f in r.get("funding", []):
        has(text, f["source"], what + ".funding")
        if f["share_percent"]: has(text, f["share_percent"] + " %", what + ".funding share")
        if f["eur"]: has_number(text, int(f["eur"]), what + ".funding eur")
    for c in r.get("contacts", []):
        if set(c) - {"name", "email", "phone", "role", "organisation"}: err(what + ": bad contact keys")
        for k in ("name", "email", "phone", "role", "organisation"):
            has(text, c.get(k), what + ".contact." + k)

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if [d + ".json" for d in docs] != golds: err("documents and gold files do not pair: %s / %s" % (docs, golds))
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    if name + ".json" != g: err(g + ": file name mismatch"); continue
    text = fold(read_doc(name))
    ks = [r["key"] for r in data["records"]]
    if len(ks) != len(set(ks)): err(g + ": duplicate keys")
    keys[name] = set(ks)
    for r in data["records"]: check_record(r, text, name)
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    if not c.get("why"): err("cluster without why")
    if len(c["records"]) < 2: err("cluster of one record")
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): err("cluster record %s not in gold" % rec)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
