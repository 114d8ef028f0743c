#!/usr/bin/env python3
"""Check this holdout's gold: keys and types per ../gold/README.md, and that every gold value
(titles, carriers, partners, territory, units, counts, amounts, years, funders, contacts, index rows)
occurs in its document after decoding (UTF-8 or Windows-1252, HTML tags stripped, entities decoded).
Usage: python3 check.py   (from this folder or anywhere)"""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def load(path):
    b = open(path, "rb").read()
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    if path.endswith((".html", ".htm")):
        s = re.sub(r"<script\b.*?</script>", " ", s, flags=re.S | re.I)
        s = re.sub(r"<style\b.*?</style>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)          # also the <div>/<ul> fragments of the guide
    s = html.unescape(s)
    return s

def fold(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("*", " ")
    s = re.sub(r"[’‘ʼ]", "'", s)
    s = re.sub(r"[–—‐‑]", "-", s)
    s = re.sub(r"\s+", " ", s)
    return s.lower()

def has(text, value):
    return fold(value) in text

def amount_forms(a):
    n = int(a)
    spaced = f"{n:,}".replace(",", " ")
    forms = {a, spaced}
    if n % 100 == 0:
        k = n / 1000
        forms.add((f"{k:.1f}".replace(".", ",")) + " k€")
    return forms

PROJ_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
             "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IDX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix",
         11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize", 17: "dix-sept",
         18: "dix-huit", 19: "dix-neuf", 20: "vingt", 30: "trente"}

def check_q(q, where, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: quantity lacks {k}")
    if not all(isinstance(q.get(k), int) for k in ("min", "max")): err(f"{where}: min/max not integers")
    elif q["min"] > q["max"]: err(f"{where}: min > max")
    if q.get("per") not in ("total", "year"): err(f"{where}: per must be total or year")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate not a boolean")
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}: err(f"{where}: unknown quantity keys")
    if "unit" in q and not has(text, q["unit"]): err(f"{where}: unit {q['unit']!r} not in document")
    if not q.get("approximate") and isinstance(q.get("min"), int):
        for v in {q["min"], q["max"]}:
            if not re.search(r"(?<![\d,])" + str(v) + r"(?![\d])", text) and not (v in WORDS and WORDS[v] in text):
                err(f"{where}: count {v} not in document")

def main():
    files = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if sorted(f + ".json" for f in files) != golds: err(f"documents and gold files differ: {files} vs {golds}")
    allkeys = {}
    for g in golds:
        d = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = d.get("file")
        if set(d) != {"file", "records"}: err(f"{g}: top-level keys must be file, records")
        if name + ".json" != g: err(f"{g}: file field {name!r} does not match")
        text = fold(load(os.path.join(DOCS, name)))
        keys = set()
        for r in d["records"]:
            where = f"{name} [{r.get('key')}]"
            if r.get("key") in keys: err(f"{where}: duplicate key")
            keys.add(r.get("key"))
            if r.get("kind") == "index_row":
                if set(r) != IDX_KEYS: err(f"{where}: index_row keys {sorted(r)}")
                if r["key"] != "index " + r["section"]: err(f"{where}: index key must be 'index ' + section")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                if fold(row) not in text and not all(has(text, x) for x in row.split("\t")):
                    err(f"{where}: index row not in document")
                continue
            if r.get("kind") != "project": err(f"{where}: kind must be project or index_row"); continue
            if set(r) - PROJ_KEYS: err(f"{where}: unknown keys {sorted(set(r) - PROJ_KEYS)}")
            for k in ("kind", "key", "title", "carriers", "partners", "territory", "mode", "households",
                      "housing_units", "duration", "cost", "funding", "contacts"):
                if k not in r: err(f"{where}: missing {k}")
            if r.get("section"):
                if r["key"] != r["section"]: err(f"{where}: key must be the section")
                if not has(text, r["section"] + ". "): err(f"{where}: section heading not in document")
            elif r["key"] != "document" and r["key"] != r.get("title"):
                err(f"{where}: key must be 'document', a section or the (brochure) title")
            if r.get("title") and not has(text, r["title"]): err(f"{where}: title not in document")
            for k in ("carriers", "partners"):
                if not isinstance(r.get(k), list): err(f"{where}: {k} not a list"); continue
                for v in r[k]:
                    if not has(text, v): err(f"{where}: {k[:-1]} {v!r} not in document")
            t = r.get("territory")
            if t is not None:
                if set(t) != {"value", "departments"}: err(f"{where}: territory keys")
                if not has(text, t["value"]): err(f"{where}: territory {t['value']!r} not in document")
                if not all(isinstance(x, str) and re.fullmatch(r"\d[\dAB]\d?", x) for x in t["departments"]):
                    err(f"{where}: bad department codes")
            y = r.get("year")
            if y is not None and (not isinstance(y, int) or not has(text, f"- {y}")): err(f"{where}: year")
            if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{where}: mode")
            check_q(r.get("households"), where + " households", text)
            check_q(r.get("housing_units"), where + " housing_units", text)
            du = r.get("duration")
            if du is not None:
                if set(du) - {"months", "start", "end", "renewable"} or "months" not in du: err(f"{where}: duration keys")
                if du.get("months") is not None and not isinstance(du["months"], int): err(f"{where}: months")
                for k in ("start", "end"):
                    v = du.get(k)
                    if v is not None and (not re.fullmatch(r"\d{4}", v) or v not in text): err(f"{where}: duration {k}")
                if not isinstance(du.get("renewable", False), bool): err(f"{where}: renewable")
            c = r.get("cost")
            if c is not None:
                if set(c) - {"total_eur", "per_year_eur", "per_household_eur", "components"}: err(f"{where}: cost keys")
                for k in ("total_eur", "per_year_eur", "per_household_eur"):
                    v = c.get(k)
                    if v is None: continue
                    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{where}: {k} not a decimal string"); continue
                    if not any(fold(f) in text for f in amount_forms(v)): err(f"{where}: {k} {v} not in document")
            for f in r.get("funding") or []:
                if set(f) != {"source", "eur", "share_percent"}: err(f"{where}: funding keys")
                if not has(text, f["source"]): err(f"{where}: funder {f['source']} not in document")
                if f.get("eur") and not any(fold(x) in text for x in amount_forms(f["eur"])): err(f"{where}: funding eur")
                if f.get("share_percent") and not re.search(re.escape(f["share_percent"]) + r" ?%", text): err(f"{where}: share")
            for ct in r.get("contacts") or []:
                if set(ct) - {"name", "email", "phone", "role", "organisation"} or "name" not in ct: err(f"{where}: contact keys")
                for k in ("name", "email", "phone", "role", "organisation"):
                    if ct.get(k) and not has(text, ct[k]): err(f"{where}: contact {k} {ct[k]!r} not in document")
        allkeys[name] = keys
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"): err("clusters.json: a cluster needs records and why")
        for rec in c["records"]:
            if rec["key"] not in allkeys.get(rec["file"], set()): err(f"clusters.json: {rec} not a gold record")
    if errors:
        print("\n".join("FAIL " + e for e in errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
    n = sum(len(v) for v in allkeys.values())
    print(f"OK: {len(golds)} gold files, {n} records, clusters.json consistent")

main()
