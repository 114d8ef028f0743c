#!/usr/bin/env python3
"""Check the gold of holdout190: format (../gold/README.md) and that every expected
value can be found in its document (folded: case, accents, œ/æ, apostrophes, dashes,
no-break spaces; HTML tags stripped and entities decoded; Windows-1252 decoded)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    for a in "\u2019\u2018\u02bc`": s = s.replace(a, "'")
    for d in "\u2013\u2014\u2011\u2010": s = s.replace(d, "-")
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
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
        text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    elif "<div" in text:
        text = text + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", text))
    return fold(text)

WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
         10: "dix", 12: "douze", 15: "quinze", 20: "vingt", 30: "trente"}
SIZE = {10: "dizaine", 12: "douzaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine",
        40: "quarantaine", 50: "cinquantaine", 100: "centaine"}

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def has(doc, s):
    return fold(s) in doc

def has_num(doc, n):
    pats = [re.escape(spaced(n)), re.escape(str(n))]
    if n in WORDS: pats.append(WORDS[n])
    return re.search(r"(?<![0-9])(" + "|".join(pats) + r")(?![0-9])", doc) is not None

TOP = {"file", "records"}
PROJECT = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
           "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(where, q, doc, unit_allowed=True):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    need = {"min", "max", "per", "approximate"}
    if not need <= set(q) or not set(q) <= need | {"unit", "breakdown"}:
        return err(f"{where}: keys {sorted(q)}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q["per"] not in ("total", "year"): err(f"{where}: per")
    if not isinstance(q["approximate"], bool): err(f"{where}: approximate")
    if q["min"] == q["max"]:
        if not has_num(doc, q["min"]): err(f"{where}: {q['min']} not found")
    else:
        mid = (q["min"] + q["max"]) // 2
        if not q["approximate"] or q["min"] != round(mid * 0.8) or q["max"] != round(mid * 1.2):
            err(f"{where}: range {q['min']}-{q['max']} is not a word of size widened by a fifth")
        elif SIZE.get(mid, "@@") not in doc:
            err(f"{where}: word of size for {mid} not found")
    if "unit" in q and not re.search(r"\b" + re.escape(fold(q["unit"])) + r"\b", doc):
        err(f"{where}: unit {q['unit']} not found")

def check_project(where, r, doc):
    if set(r) - PROJECT: err(f"{where}: unknown keys {sorted(set(r) - PROJECT)}")
    for k in ("section", "section_as_written"):
        if r.get(k) is not None and not has(doc, r[k]): err(f"{where}: {k} not found")
    if r.get("title") is not None and not has(doc, r["title"]): err(f"{where}: title not found")
    for k in ("carriers", "partners"):
        v = r.get(k, [])
        if not isinstance(v, list): err(f"{where}: {k} not a list"); continue
        for x in v:
            if not has(doc, x): err(f"{where}: {k} {x!r} not found")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}: err(f"{where}: territory keys")
        if not has(doc, t["value"]): err(f"{where}: territory {t['value']!r} not found")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{where}: department {d}")
            if not has(doc, "(" + d + ")"): err(f"{where}: ({d}) not found")
    if r.get("year") is not None:
        if not isinstance(r["year"], int) or not has_num(doc, r["year"]): err(f"{where}: year")
    if "mode" in r and r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: mode")
    check_q(where + " households", r.get("households"), doc)
    check_q(where + " housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{where}: duration keys")
        m = d["months"]
        ok = has_num(doc, m) and re.search(r"(?<![0-9])" + str(m) + r" mois", doc)
        if m % 12 == 0:
            y = m // 12
            ok = ok or re.search(r"(?<![0-9])(" + str(y) + "|" + WORDS.get(y, "@@") + r") (ans|annees)\b", doc)
        if d["start"] and d["end"]:
            ok = ok or (int(d["end"]) - int(d["start"])) * 12 == m
        if not ok: err(f"{where}: duration {m} months not found")
        for k in ("start", "end"):
            if d[k] is not None and not (isinstance(d[k], str) and has_num(doc, int(d[k]))):
                err(f"{where}: duration {k}")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{where}: cost keys")
        for k, v in c.items():
            if v is not None and not (re.fullmatch(r"\d+(\.\d+)?", v) and has_num(doc, int(v))):
                err(f"{where}: cost {k} {v} not found")
    for f in r.get("funding", []) or []:
        if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
        if not has(doc, f["source"]): err(f"{where}: funder {f['source']!r} not found")
        if f["eur"] is not None and not has_num(doc, int(f["eur"])): err(f"{where}: funding eur")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} not found")
    for p in r.get("contacts", []) or []:
        if not {"name", "email", "phone"} <= set(p): err(f"{where}: contact keys")
        for k in ("name", "email", "phone", "role", "organisation"):
            if p.get(k) is not None and not has(doc, p[k]): err(f"{where}: contact {k} {p[k]!r} not found")

def main():
    names = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != names: err(f"gold files {golds} do not match documents {names}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if set(data) != TOP or data["file"] != name: err(f"{g}: top level"); continue
        doc = load(name)
        seen = set()
        for r in data["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("key") in seen: err(f"{where}: duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(where, r, doc)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX or r["key"] != "index " + r["section"]: err(f"{where}: index keys")
                for k in ("section", "localisation", "organisme", "page"):
                    if not has(doc, r[k]): err(f"{where}: {k} not found")
            else:
                err(f"{where}: kind")
            if r.get("kind") == "project" and r.get("section") and r["key"] != r["section"]:
                err(f"{where}: key differs from section")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why"): err("cluster without why")
        if len(c.get("records", [])) < 2: err("cluster of fewer than two records")
        for x in c["records"]:
            if x["key"] not in keys.get(x["file"], ()): err(f"cluster record {x} not in gold")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
