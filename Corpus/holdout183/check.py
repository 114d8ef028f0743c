#!/usr/bin/env python3
"""Check the gold of holdout183: format of ../gold/README.md, and every expected value
string found in its document (case, accents, apostrophes, NBSP, dashes, œ folded; HTML tags
stripped and entities decoded; Windows-1252 decoded; amounts matched with digit grouping)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    for a, b in (("’", "'"), ("‘", "'"), ("\u00a0", " "), ("\u202f", " "), ("œ", "oe"), ("æ", "ae"),
                 ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def has(text, s):
    return fold(s) in text

def has_amount(text, eur):
    digits = str(eur)
    if not re.fullmatch(r"\d+(\.\d+)?", digits):
        return False
    ip = digits.split(".")[0]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    pat = r"(?<![\d])" + r"[ .]?".join(groups) + r"(?![\d])"
    return re.search(pat, text) is not None

def has_number(text, n):
    return re.search(r"(?<![\d,])" + str(n) + r"(?![\d])", text) is not None

WORDS = {12: ["un an"], 18: ["18 mois"], 24: ["deux ans", "2 ans"], 30: ["30 mois"], 36: ["trois ans", "3 ans", "trois annees"]}

QKEYS = {"min", "max", "per", "approximate"}
PROJ_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
             "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}

def check_q(where, q, text):
    if q is None: return
    if not isinstance(q, dict) or not QKEYS <= set(q) or set(q) - QKEYS - {"unit", "breakdown"}:
        err(f"{where}: bad quantity keys {q}"); return
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q["per"] not in ("total", "year"): err(f"{where}: bad per")
    if not isinstance(q["approximate"], bool): err(f"{where}: bad approximate")
    if not q["approximate"] and q["min"] == q["max"] and not has_number(text, q["min"]):
        err(f"{where}: count {q['min']} not found")
    if q["approximate"] and q["min"] != q["max"]:
        mid = (q["min"] + q["max"]) / 2
        word = {10: "dizaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine", 100: "centaine"}.get(mid)
        if not word or word not in text or q["min"] != round(mid * 0.8) or q["max"] != round(mid * 1.2):
            err(f"{where}: order of size {q['min']}-{q['max']} not found")
    if q.get("unit") and not has(text, q["unit"]): err(f"{where}: unit {q['unit']} not found")

def check_project(f, r, text):
    w = f"{f} [{r.get('key')}]"
    extra = set(r) - PROJ_KEYS
    if extra: err(f"{w}: unknown keys {extra}")
    for k in ("title",):
        if r.get(k) is not None and not has(text, r[k]): err(f"{w}: {k} not found: {r[k]}")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k, []), list): err(f"{w}: {k} not a list")
        for v in r.get(k, []):
            if not has(text, v): err(f"{w}: {k} not found: {v}")
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}: err(f"{w}: territory keys")
        elif not has(text, t["value"]): err(f"{w}: territory not found: {t['value']}")
        for d in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}: bad département {d}")
    if r.get("year") is not None and not has_number(text, r["year"]): err(f"{w}: year not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: bad mode")
    check_q(w + " households", r.get("households"), text)
    check_q(w + " housing_units", r.get("housing_units"), text)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}: duration keys")
        for k in ("start", "end"):
            if d[k] is not None and not has_number(text, d[k]): err(f"{w}: duration {k} not found")
        m = d["months"]
        ok = has(text, f"{m} mois") or any(x in text for x in WORDS.get(m, []))
        if d["start"] and d["end"] and (int(d["end"]) - int(d["start"])) * 12 == m: ok = True
        if not ok: err(f"{w}: duration {m} months not found")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
        for k, v in c.items():
            if v is not None and not has_amount(text, v): err(f"{w}: cost {k} {v} not found")
    for fu in r.get("funding", []) or []:
        if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
        if not has(text, fu["source"]): err(f"{w}: funder not found")
        if fu["eur"] and not has_amount(text, fu["eur"]): err(f"{w}: funding amount not found")
        if fu["share_percent"] and not re.search(re.escape(fu["share_percent"]) + r" ?%", text): err(f"{w}: share not found")
    for ct in r.get("contacts", []):
        if not {"name", "email", "phone"} <= set(ct): err(f"{w}: contact keys")
        for k in ("name", "email", "phone", "role", "organisation"):
            if ct.get(k) and not has(text, ct[k]): err(f"{w}: contact {k} not found: {ct[k]}")
    if f.startswith("guide") and r.get("section") != r["key"]: err(f"{w}: section differs from key")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = data.get("file")
        if f + ".json" != g: err(f"{g}: file field {f}")
        if set(data) != {"file", "records"}: err(f"{g}: top keys")
        text = load(f)
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen: err(f"{g}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(f, r, text)
            elif r.get("kind") == "index_row":
                if set(r) != {"kind", "key", "section", "localisation", "organisme", "page"}: err(f"{g}: index keys")
                if r["key"] != "index " + r["section"]: err(f"{g}: index key")
                row = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace("\t", " "))
                if row not in text: err(f"{g}: index row not found: {row}")
            else:
                err(f"{g}: bad kind")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why"): err("cluster without why")
        if len(c.get("records", [])) < 2: err("cluster with fewer than 2 records")
        for rec in c["records"]:
            if rec["key"] not in keys.get(rec["file"], ()): err(f"cluster record not in gold: {rec}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
