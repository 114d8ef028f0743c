#!/usr/bin/env python3
"""Check holdout141 gold files: keys and types against ../gold/README.md's format,
and that every gold string / figure occurs in its document (cp1252 and HTML entities decoded)."""
import json, glob, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFD", s)
    return re.sub(r"\s+", " ", "".join(c for c in s if unicodedata.category(c) != "Mn").lower())
def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try: t = b.decode("utf-8")
    except UnicodeDecodeError: t = b.decode("cp1252")
    if name.endswith(".html"): t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)
WORDS = {"onze": 11, "une quinzaine": 15}
MONTHS_OK = {24: ["2 ans", "24 mois", "deux annees"], 30: ["30 mois"], 36: ["36 mois", "3 ans", "trois ans", "2017-2020", "mi-juillet 2022"], 18: ["18 mois"]}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
                "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
def has(text, s, where):
    if fold(s) not in text: err(f"{where}: {s!r} not found")
def has_amount(text, eur, where):
    n = int(eur); spaced = f"{n:,}".replace(",", " ")
    if spaced in text or str(n) in text: return
    if n % 1000 == 0 and f"{n//1000} k" in text: return
    err(f"{where}: amount {eur} not found")
def has_count(text, v, where):
    if re.search(rf"(?<!\d)(?<!\d ){v}(?!\d)(?! \d{3})", text): return
    for w, n in WORDS.items():
        if n == v and w in text: return
    err(f"{where}: count {v} not found")
def check_q(q, text, where, per_ok=("total", "year")):
    if q is None: return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{where}: quantity {k} bad type")
    if q["per"] not in per_ok: err(f"{where}: per {q['per']}")
    if q["min"] > q["max"]: err(f"{where}: min > max")
    if "unit" in q: has(text, q["unit"], where + " unit")
    if q["approximate"] and q["min"] != q["max"]:
        mid = round((q["min"] + q["max"]) / 2); has_count(text, mid, where + " approx")
    else:
        has_count(text, q["min"], where); has_count(text, q["max"], where)
files = sorted(glob.glob(os.path.join(GOLD, "*.json")))
docs = sorted(os.listdir(DOCS))
for f in files:
    name = os.path.basename(f)
    data = json.load(open(f, encoding="utf-8"))
    if name == "clusters.json":
        for c in data["clusters"]:
            if not isinstance(c.get("why"), str): err("clusters: why")
            for r in c["records"]:
                g = json.load(open(os.path.join(GOLD, r["file"] + ".json"), encoding="utf-8"))
                if r["key"] not in {x["key"] for x in g["records"]}: err(f"clusters: {r} unknown")
        continue
    if set(data) != {"file", "records"} or data["file"] + ".json" != name: err(f"{name}: top-level keys/file"); continue
    if data["file"] not in docs: err(f"{name}: no document"); continue
    text = load(data["file"])
    keys = [r["key"] for r in data["records"]]
    if len(keys) != len(set(keys)): err(f"{name}: duplicate keys")
    for r in data["records"]:
        w = f"{name} [{r['key']}]"
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: index keys {sorted(set(r) ^ INDEX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            for k in ("section", "localisation", "organisme", "page"): has(text, r[k], w + " " + k)
            continue
        if r["kind"] != "project": err(f"{w}: kind"); continue
        extra = set(r) - PROJECT_KEYS
        if extra or not {"kind", "key"} <= set(r): err(f"{w}: keys {extra}")
        if r.get("section"): has(text, r["section"] + ".", w + " section")
        if r.get("title"): has(text, r["title"], w + " title")
        for k in ("carriers", "partners"):
            if not isinstance(r.get(k, []), list): err(f"{w}: {k} type")
            for v in r.get(k, []): has(text, v, w + " " + k)
        t = r.get("territory")
        if t:
            has(text, t["value"], w + " territory")
            if not all(isinstance(d, str) and d.isdigit() for d in t["departments"]): err(f"{w}: departments")
        if r.get("year") is not None:
            if not isinstance(r["year"], int): err(f"{w}: year type")
            has(text, f"- {r['year']}", w + " year")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
        check_q(r.get("households"), text, w + " households")
        check_q(r.get("housing_units"), text, w + " housing")
        d = r.get("duration")
        if d:
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration types")
            if not any(fold(x) in text for x in MONTHS_OK.get(d["months"], [])): err(f"{w}: months {d['months']} not found")
            for k in ("start", "end"):
                if d[k] is not None: has(text, d[k], w + " " + k)
            if d["renewable"] and "renouvelable" not in text: err(f"{w}: renewable")
        c = r.get("cost")
        if c:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: {k} not a decimal string")
                    has_amount(text, v, w + " " + k)
        for fu in r.get("funding", []):
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}: funding keys")
            has(text, fu["source"], w + " funder")
            if fu["eur"]: has_amount(text, fu["eur"], w + " funder eur")
            if fu["share_percent"]: has(text, fu["share_percent"] + " %", w + " share")
        for ct in r.get("contacts", []):
            if set(ct) != {"name", "email", "phone"}: err(f"{w}: contact keys")
            has(text, ct["name"], w + " contact name")
            if ct["email"]: has(text, ct["email"], w + " email")
            if ct["phone"]: has(text, ct["phone"], w + " phone")
gold_docs = {os.path.basename(f)[:-5] for f in files if not f.endswith("clusters.json")}
if gold_docs != set(docs): err(f"documents without gold or gold without document: {gold_docs ^ set(docs)}")
print("\n".join(errors) if errors else f"clean: {len(files)} gold files, {len(docs)} documents")
sys.exit(1 if errors else 0)
