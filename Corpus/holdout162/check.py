#!/usr/bin/env python3
"""Check this set's gold: keys and types per ../gold/README.md, and that every gold value
(titles, carriers, partners, territories, contact names, e-mails, phones, amounts in some
written form, index rows) occurs in its document after decoding (UTF-8 or Windows-1252,
HTML tags stripped and entities decoded). Standard library only. Run: python3 check.py"""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def decode(path):
    b = open(path, "rb").read()
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    if path.endswith((".html", ".htm")):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return s

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    for d in "–—‐‑−": s = s.replace(d, "-")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s).lower()

def amount_forms(eur):
    n = int(eur)
    g = f"{n:,}".replace(",", " ")
    forms = {g, str(n), g.replace(" ", ".")}
    if n % 100 == 0 or n % 10 == 0:
        k = n / 1000
        forms.add(f"{k:g}".replace(".", ",") + " k€")
    return forms

TOP = {"file", "records"}
PROJ = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
        "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IDX = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance", None}

def check_q(q, where, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    keys = {"min", "max", "per", "approximate"} | ({"unit"} if unit_ok else set())
    if not {"min", "max", "per", "approximate"} <= set(q) or not set(q) <= keys:
        err(f"{where}: quantity keys {sorted(q)}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: min/max")
    if q.get("per") not in ("total", "year"): err(f"{where}: per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate")
    if "unit" in q and not isinstance(q["unit"], str): err(f"{where}: unit")

def dec(v, where):
    if v is not None and not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
        err(f"{where}: not a decimal string: {v!r}")

def check_file(gf):
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    if set(g) != TOP: err(f"{gf}: top keys {sorted(g)}")
    doc = os.path.join(DOCS, g["file"])
    if gf != g["file"] + ".json": err(f"{gf}: file name does not match 'file'")
    if not os.path.exists(doc): return err(f"{gf}: document missing")
    raw = decode(doc); text = fold(raw)
    def has(v, where):
        if v is None: return
        if fold(v) not in text: err(f"{where}: not found in document: {v!r}")
    keys = set()
    for i, r in enumerate(g["records"]):
        w = f"{gf}[{i}]"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != IDX: err(f"{w}: index keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if row not in raw: err(f"{w}: index row not found as a table row")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if not set(r) <= PROJ or not (PROJ - {"funding"}) <= set(r): err(f"{w}: project keys {sorted(set(r) ^ PROJ)}")
        if r["section"] is not None:
            if r["key"] != r["section"]: err(f"{w}: numbered monograph key must be its section")
            has(r["section"] + ".", w + " section")
        elif r["key"] != "document" and r["key"] != r["title"]:
            err(f"{w}: key must be 'document' or the title")
        if not isinstance(r["title"], str): err(f"{w}: title")
        has(r["title"], w + " title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list): err(f"{w}: {f}")
            for v in r[f]: has(v, f"{w} {f}")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
                err(f"{w}: territory shape")
            has(t["value"], w + " territory")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            has(str(r["year"]), w + " year")
        if r["mode"] not in MODES: err(f"{w}: mode")
        check_q(r["households"], w + " households")
        check_q(r["housing_units"], w + " housing_units")
        for f in ("households", "housing_units"):
            q = r[f]
            if q and not q["approximate"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text) and q["min"] > 10:
                err(f"{w}: {f} min {q['min']} not written in digits")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
            if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool):
                err(f"{w}: duration types")
            for y in (d["start"], d["end"]):
                if y is not None: has(y, w + " duration year")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                dec(v, f"{w} cost {k}")
                if v is not None and not any(fold(x) in text for x in amount_forms(v)):
                    err(f"{w}: cost {k} {v} not found in any written form")
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
            has(fu["source"], w + " funding source")
            dec(fu["eur"], w + " funding eur"); dec(fu["share_percent"], w + " funding share")
            if fu["share_percent"]: has(fu["share_percent"] + " %", w + " funding share")
        for ct in r["contacts"]:
            if not {"name", "email", "phone"} <= set(ct): err(f"{w}: contact keys")
            has(ct["name"], w + " contact name"); has(ct["email"], w + " contact email"); has(ct["phone"], w + " contact phone")
    return g

def main():
    files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
    docs = sorted(os.listdir(DOCS))
    if sorted(f[:-5] for f in files) != docs: err(f"gold files {files} do not match documents {docs}")
    golds = {}
    for f in files:
        g = check_file(f)
        if g: golds[g["file"]] = {r["key"] for r in g["records"]}
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}: err("clusters.json: top keys")
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or len(c["records"]) < 2: err("clusters.json: cluster shape")
        for r in c["records"]:
            if r.get("key") not in golds.get(r.get("file"), set()): err(f"clusters.json: unknown record {r}")
    n = sum(len(v) for v in golds.values())
    if errors:
        print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
    print(f"OK: {len(files)} gold files, {n} records, {len(cl['clusters'])} cluster(s)")

if __name__ == "__main__":
    main()
