#!/usr/bin/env python3
"""Check the gold of holdout157: keys and types per ../gold/README.md, and that every gold
value (titles, carriers, partners, territory, contacts, amounts in some written form, counts,
units, years, funders, index rows) occurs in its document after decoding (UTF-8 or
Windows-1252, HTML entities, tags). Standard library only. Exit code 0 when all pass."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def decode(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
        enc = "cp1252"
    if path.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"<[^>]+>", " ", text)  # stray fragments such as <div style=...>
    text = html.unescape(text)
    return text, enc

def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    s = re.sub(r"\*\*", "", s)
    return re.sub(r"\s+", " ", s)

UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
         "onze", "douze", "treize", "quatorze", "quinze", "seize"]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

def words_below_100(n):
    if n <= 16:
        return UNITS[n]
    if n < 20:
        return "dix-" + UNITS[n - 10]
    t, u = divmod(n, 10)
    if t in TENS:
        if u == 0:
            return TENS[t]
        return TENS[t] + ("-et-un" if u == 1 else "-" + UNITS[u])
    return None  # 70-99 not needed here

def amount_forms(value):
    n = int(value)
    forms = {str(n), "{:,}".format(n).replace(",", " ")}
    if n % 100 == 0 and n >= 1000:
        k = n / 1000
        forms.add(("%g" % k).replace(".", ",") + " k€")
    if n % 1000 == 0 and 1000 <= n < 100000:
        w = words_below_100(n // 1000)
        if w:
            forms.add(w + " mille")
    if n % 100000 == 0 and n >= 1000000:
        forms.add(("%g" % (n / 1000000)).replace(".", ",") + " million")
    return forms

def has_number(text, forms):
    low = text.lower()
    for f in forms:
        if re.search(r"(?<![\d,])" + re.escape(f.lower()) + r"(?![\d])", low):
            return True
    return False

def occurs(text, value):
    return norm(value) in text

QTY_KEYS = {"min", "max", "per", "approximate", "unit"}
HU_KEYS = {"min", "max", "per", "approximate"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_qty(where, q, keys):
    if q is None:
        return
    if not isinstance(q, dict) or set(q) - keys or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{where}: bad quantity keys {q}")
        return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: min/max must be ints with min <= max")
    if q["per"] not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if not isinstance(q["approximate"], bool):
        err(f"{where}: approximate must be a bool")
    if "unit" in q and not isinstance(q["unit"], str):
        err(f"{where}: unit must be a string")

def is_dec(v):
    return v is None or (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) is not None)

SIZE_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "centaine": 100}

def check_file(gpath):
    g = json.load(open(gpath, encoding="utf-8"))
    if set(g) != {"file", "records"}:
        err(f"{gpath}: top-level keys must be file, records")
    fname = g.get("file")
    if os.path.basename(gpath) != f"{fname}.json":
        err(f"{gpath}: gold file name does not match 'file'")
    dpath = os.path.join(DOCS, fname)
    if not os.path.exists(dpath):
        err(f"{gpath}: document {fname} missing")
        return {}
    raw_text, enc = decode(dpath)
    text = norm(raw_text)
    low = text.lower()
    keys = {}
    projects = [r for r in g["records"] if r.get("kind") == "project"]
    sections = {r.get("section") for r in projects if r.get("section")}
    for i, r in enumerate(g["records"]):
        where = f"{fname}#{i} ({r.get('key')})"
        if r.get("key") in keys:
            err(f"{where}: duplicate key")
        keys[r.get("key")] = r
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS:
                err(f"{where}: index_row keys {sorted(r)}")
            if r["key"] != "index " + str(r["section"]):
                err(f"{where}: index key must be 'index ' + section")
            if r["section"] not in sections:
                err(f"{where}: index row without a monograph")
            row = "{} {} {} {}".format(r["section"], r["localisation"], r["organisme"], r["page"])
            if not occurs(text, row):
                err(f"{where}: index row not found as a line: {row}")
            continue
        if r.get("kind") != "project":
            err(f"{where}: kind must be project or index_row")
            continue
        if set(r) - PROJECT_KEYS:
            err(f"{where}: unknown keys {sorted(set(r) - PROJECT_KEYS)}")
        # key rules
        if r.get("section"):
            if r["key"] != r["section"]:
                err(f"{where}: a monograph's key must be its section")
            if not occurs(text, r["section"] + ". "):
                err(f"{where}: section number not printed")
        elif len(projects) == 1:
            if r["key"] != "document":
                err(f"{where}: a one-project document's key must be 'document'")
        elif r["key"] != r.get("title"):
            err(f"{where}: a brochure section's key must be its title")
        if r.get("title") is not None and not occurs(text, r["title"]):
            err(f"{where}: title not found: {r['title']}")
        for fld in ("carriers", "partners"):
            v = r.get(fld, [])
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                err(f"{where}: {fld} must be a list of strings")
                continue
            for x in v:
                if not occurs(text, x):
                    err(f"{where}: {fld} value not found: {x}")
        t = r.get("territory")
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{where}: bad territory {t}")
            elif not occurs(text, t["value"]):
                err(f"{where}: territory not found: {t['value']}")
        y = r.get("year")
        if y is not None and not (isinstance(y, int) and re.search(r"- %d\b" % y, text)):
            err(f"{where}: year {y} not an int printed as '- {y}'")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
            err(f"{where}: bad mode")
        hh = r.get("households")
        check_qty(where + " households", hh, QTY_KEYS)
        hu = r.get("housing_units")
        check_qty(where + " housing_units", hu, HU_KEYS)
        for q in (hh, hu):
            if not q:
                continue
            if q.get("unit") and q["unit"].lower() not in low:
                err(f"{where}: unit not found: {q['unit']}")
            if q["approximate"] and q["min"] != q["max"]:
                mid = (q["min"] + q["max"]) / 2
                word = [w for w, n in SIZE_WORDS.items() if n == mid]
                if not word or word[0] not in low:
                    err(f"{where}: no size word for {q['min']}-{q['max']}")
                elif not (q["min"] == round(mid * 0.8) and q["max"] == round(mid * 1.2)):
                    err(f"{where}: size word range must be n give or take a fifth")
            else:
                for n in {q["min"], q["max"]}:
                    if not has_number(text, {str(n)}):
                        err(f"{where}: count {n} not found")
        d = r.get("duration")
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}:
                err(f"{where}: bad duration keys")
            if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool):
                err(f"{where}: bad duration types")
            for k in ("start", "end"):
                if d[k] is not None and (not re.fullmatch(r"\d{4}", d[k]) or d[k] not in text):
                    err(f"{where}: duration {k} {d[k]} not found")
            if d["start"] and d["end"] and d["months"] is not None:
                span = (int(d["end"]) - int(d["start"])) * 12
                if abs(span - d["months"]) > 12:
                    err(f"{where}: months inconsistent with start/end")
        c = r.get("cost")
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
                err(f"{where}: bad cost keys")
            for k, v in c.items():
                if not is_dec(v):
                    err(f"{where}: cost {k} must be a decimal string or null")
                elif v is not None and not has_number(text, amount_forms(v)):
                    err(f"{where}: amount {v} not found in any written form")
        f = r.get("funding", [])
        for x in f:
            if set(x) != {"source", "eur", "share_percent"}:
                err(f"{where}: bad funding keys {x}")
                continue
            if not occurs(text, x["source"]):
                err(f"{where}: funder not found: {x['source']}")
            if not is_dec(x["eur"]) or not is_dec(x["share_percent"]):
                err(f"{where}: funding amounts must be decimal strings or null")
            if x["eur"] and not has_number(text, amount_forms(x["eur"])):
                err(f"{where}: funding amount {x['eur']} not found")
            if x["share_percent"] and not re.search(r"(?<!\d)%s ?%%" % re.escape(x["share_percent"]), text):
                err(f"{where}: share {x['share_percent']} % not found")
        for x in r.get("contacts", []):
            if set(x) != {"name", "email", "phone"}:
                err(f"{where}: bad contact keys {x}")
                continue
            for k in ("name", "email", "phone"):
                if x[k] is not None and not occurs(text, x[k]):
                    err(f"{where}: contact {k} not found: {x[k]}")
    return keys

def main():
    all_keys = {}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        gp = os.path.join(GOLD, d + ".json")
        if not os.path.exists(gp):
            err(f"no gold for {d}")
            continue
        all_keys[d] = check_file(gp)
    for g in os.listdir(GOLD):
        if g.endswith(".json") and g != "clusters.json" and g[:-5] not in docs:
            err(f"gold {g} has no document")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}:
        err("clusters.json: top-level key must be clusters")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or len(c["records"]) < 2:
            err("clusters.json: each cluster needs records (2+) and why")
        for rec in c["records"]:
            if rec.get("key") not in all_keys.get(rec.get("file"), {}):
                err(f"clusters.json: unknown record {rec}")
    n = sum(len(k) for k in all_keys.values())
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"OK: {len(all_keys)} documents, {n} gold records, {len(cl['clusters'])} cluster(s)")

if __name__ == "__main__":
    main()
