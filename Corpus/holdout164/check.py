#!/usr/bin/env python3
"""Check holdout164 gold: keys and types per ../gold/README.md, and that every gold value occurs
in its document (decoded: UTF-8 or Windows-1252, HTML tags stripped, entities decoded, folded)."""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
WORDS = {"210000": "deux cent dix mille euros"}
errors = []

def err(where, msg): errors.append(f"{where}: {msg}")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith(".html"):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return fold(text)

def has(doc, value, where, what):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(where, f"{what} {value!r} not found in document")

def amount_forms(eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    forms = {eur, spaced}
    if n % 100 == 0:
        k = n / 1000
        forms.add((f"{k:.1f}".replace(".", ",")) + " k€")
    if eur in WORDS:
        forms.add(WORDS[eur])
    return [fold(f) for f in forms]

def check_q(q, where, name, doc, extra_keys=()):
    if q is None:
        return
    need = {"min", "max", "per", "approximate"}
    if not need <= set(q) or not set(q) <= need | set(extra_keys):
        err(where, f"{name} keys {sorted(q)}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(where, f"{name} min/max")
    if q["per"] not in ("total", "year"):
        err(where, f"{name} per {q['per']!r}")
    if not isinstance(q["approximate"], bool):
        err(where, f"{name} approximate")
    if not q["approximate"]:
        has(doc, str(q["min"]), where, name + " min")
        has(doc, str(q["max"]), where, name + " max")
    if "unit" in q:
        has(doc, q["unit"], where, name + " unit")

def check_file(gf):
    g = json.load(open(gf, encoding="utf-8"))
    name = g.get("file")
    path = os.path.join(DOCS, name or "")
    if os.path.basename(gf) != f"{name}.json" or not os.path.exists(path):
        err(gf, "file name mismatch or document missing"); return
    doc = load(path)
    keys = set()
    for r in g["records"]:
        where = f"{name} [{r.get('key')}]"
        if r.get("key") in keys: err(where, "duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(where, f"index keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: err(where, "index key")
            for f in ("section", "localisation", "organisme", "page"): has(doc, r[f], where, f)
            continue
        if r.get("kind") != "project" or set(r) != PROJECT_KEYS:
            err(where, f"project keys {sorted(set(r) ^ PROJECT_KEYS)}"); continue
        if r["section"] is not None:
            if r["key"] != r["section"]: err(where, "key != section")
            has(doc, r["section"] + ".", where, "section")
        has(doc, r["title"], where, "title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list): err(where, f + " not a list")
            for v in r[f]: has(doc, v, where, f)
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(where, "territory shape")
            has(doc, t["value"], where, "territory")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(where, "year type")
            has(doc, str(r["year"]), where, "year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(where, "mode")
        check_q(r["households"], where, "households", doc, ("unit", "breakdown"))
        check_q(r["housing_units"], where, "housing_units", doc, ("unit", "breakdown"))
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(where, "duration keys")
            if not (d["months"] is None or isinstance(d["months"], int)): err(where, "months type")
            if not isinstance(d["renewable"], bool): err(where, "renewable type")
            for f in ("start", "end"):
                if d[f] is not None:
                    if not re.fullmatch(r"\d{4}", d[f]): err(where, f + " format")
                    has(doc, d[f], where, "duration " + f)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(where, "cost keys")
            for f, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+(\.\d+)?", v): err(where, f + " not a decimal string")
                elif not any(x in doc for x in amount_forms(v)): err(where, f"{f} {v} not found in any written form")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(where, "funding keys")
            has(doc, fu["source"], where, "funder")
            if fu["eur"] is not None and not any(x in doc for x in amount_forms(fu["eur"])): err(where, "funding eur")
            if fu["share_percent"] is not None and not re.search(re.escape(fu["share_percent"]) + r" ?%", doc):
                err(where, "share " + fu["share_percent"])
        for k in r["contacts"]:
            if not {"name", "email", "phone"} <= set(k): err(where, "contact keys")
            has(doc, k["name"], where, "contact name")
            has(doc, k["email"], where, "email")
            has(doc, k["phone"], where, "phone")
    return name

def main():
    names = sorted(f for f in os.listdir(DOCS))
    seen = set()
    for gf in sorted(os.listdir(GOLD)):
        if gf == "clusters.json": continue
        seen.add(check_file(os.path.join(GOLD, gf)))
    for n in names:
        if n not in seen: err(n, "document without gold")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or len(c["records"]) < 2: err("clusters.json", "cluster shape")
        for rec in c["records"]:
            g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
            if rec["key"] not in {r["key"] for r in g["records"]}: err("clusters.json", f"unknown {rec}")
    if errors:
        print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
    print(f"OK: {len(seen)} gold files, {len(names)} documents, clusters consistent")

if __name__ == "__main__":
    main()
