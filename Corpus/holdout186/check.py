#!/usr/bin/env python3
"""Check the holdout186 gold: format of ../gold/README.md, and every expected value found in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def load_text(path):
    raw = open(path, "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def fold(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("œ", "oe").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\*\*|__", "", s)
    return re.sub(r"\s+", " ", s).strip()

def found(value, text):
    return fold(value) in text

def spaced(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out

def amount_found(eur, text):
    return any(re.search(r"(?<!\d)(?<!\d )" + re.escape(v) + r"(?! ?\d)", text) for v in {spaced(eur), str(eur)})

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
SIZE_WORDS = ("dizaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "centaine")

def check_quantity(q, where, text, housing=False):
    if q is None:
        return
    need = {"min", "max", "per", "approximate"}
    allowed = need | ({"unit"} if not housing else {"unit"})
    if not isinstance(q, dict) or not need <= set(q) or not set(q) <= allowed:
        err(f"{where}: bad quantity keys {q}")
        return
    if q["per"] not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate must be bool")
    if q["min"] == q["max"]:
        if not re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text):
            err(f"{where}: count {q['min']} not found")
    elif not any(w in text for w in SIZE_WORDS):
        err(f"{where}: a range without a word of size")
    if "unit" in q and not found(q["unit"], text):
        err(f"{where}: unit {q['unit']!r} not found")

def check_project(r, where, text):
    if set(r) - PROJECT_KEYS or r.get("kind") != "project":
        err(f"{where}: unknown keys {set(r) - PROJECT_KEYS}")
    for k in ("title",):
        if r.get(k) is not None and not found(r[k], text):
            err(f"{where}: title {r[k]!r} not found")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k, []), list):
            err(f"{where}: {k} must be a list")
        for v in r.get(k, []):
            if not found(v, text):
                err(f"{where}: {k} {v!r} not found")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{where}: territory format")
        if not found(t["value"], text):
            err(f"{where}: territory {t['value']!r} not found")
    if r.get("year") is not None and str(r["year"]) not in text:
        err(f"{where}: year not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: mode")
    check_quantity(r.get("households"), where + " households", text)
    check_quantity(r.get("housing_units"), where + " housing_units", text, housing=True)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{where}: duration keys")
        for k in ("start", "end"):
            if d[k] is not None and d[k] not in text:
                err(f"{where}: duration {k} {d[k]} not found")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: cost keys")
        for k, v in c.items():
            if v is not None and (not re.fullmatch(r"\d+(\.\d+)?", v) or not amount_found(v, text)):
                err(f"{where}: cost {k} {v} not found")
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: funding keys")
        if not found(f["source"], text):
            err(f"{where}: funder {f['source']!r} not found")
        if f["eur"] is not None and not amount_found(f["eur"], text):
            err(f"{where}: funding amount {f['eur']} not found")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", text):
            err(f"{where}: share {f['share_percent']} not found")
    for p in r.get("contacts", []):
        if not {"name"} <= set(p) <= {"name", "email", "phone", "role", "organisation"}:
            err(f"{where}: contact keys")
        for k in ("name", "email", "phone", "role", "organisation"):
            if p.get(k) is not None and not found(p[k], text):
                err(f"{where}: contact {k} {p[k]!r} not found")

def main():
    names = sorted(os.listdir(DOCS))
    if len(names) != 7:
        err(f"expected 7 documents, found {len(names)}")
    for name in names:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(f"no gold for {name}")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name:
            err(f"{name}: top-level keys or file name")
        text = fold(load_text(os.path.join(DOCS, name)))
        keys = [r["key"] for r in g["records"]]
        if len(keys) != len(set(keys)):
            err(f"{name}: duplicate keys")
        for r in g["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS or r["key"] != "index " + r["section"]:
                    err(f"{where}: index row format")
                for k in ("section", "localisation", "organisme", "page"):
                    if not found(r[k], text):
                        err(f"{where}: {k} {r[k]!r} not found")
            else:
                if r.get("section") is not None and r["key"] != r["section"]:
                    err(f"{where}: key must be the section")
                if r.get("section") is not None and not found(r["section"] + ".", text):
                    err(f"{where}: section not found")
                check_project(r, where, text)
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or not c["why"].strip() or len(c["records"]) < 2:
            err("clusters.json: cluster format")
        for m in c["records"]:
            gp = os.path.join(GOLD, m["file"] + ".json")
            if not os.path.exists(gp) or m["key"] not in {r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]}:
                err(f"clusters.json: {m} does not name a gold record")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
