#!/usr/bin/env python3
"""Check holdout147 gold: keys and types per ../gold/README.md, and that every gold value occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
errors = []
def err(m): errors.append(m)

def decode(path):
    b = open(path, "rb").read()
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    if path.endswith(".html"):
        s = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()

def amount_forms(eur):
    n = int(eur)
    spaced = f"{n:,}".replace(",", " ")
    forms = {spaced, str(n)}
    if n % 100 == 0:
        k = n / 1000
        forms.add(f"{k:.1f}".replace(".", ",") + " k€")
    return forms

def check_quantity(q, where, unit_allowed):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    req = {"min","max","per","approximate"}
    if not req <= set(q): err(f"{where}: missing {req-set(q)}")
    extra = set(q) - req - ({"unit"} if unit_allowed else set())
    if extra: err(f"{where}: unexpected {extra}")
    if not isinstance(q.get("min"), int) or not isinstance(q.get("max"), int) or q["min"] > q["max"]: err(f"{where}: min/max")
    if q.get("per") not in ("total","year"): err(f"{where}: per")
    if not isinstance(q.get("approximate"), bool): err(f"{where}: approximate")

def check_record(r, doc, fname):
    w = f"{fname} [{r.get('key')}]"
    occurs = lambda v: fold(v) in doc
    if r.get("kind") == "index_row":
        if set(r) != INDEX_KEYS: err(f"{w}: keys {set(r)^INDEX_KEYS}")
        if r["key"] != "index " + r["section"]: err(f"{w}: key")
        for k in ("section","localisation","organisme","page"):
            if not occurs(r[k]): err(f"{w}: {k} {r[k]!r} not in document")
        return
    if r.get("kind") != "project": return err(f"{w}: kind")
    if set(r) != PROJECT_KEYS: err(f"{w}: keys {set(r)^PROJECT_KEYS}")
    if r["section"] is not None and r["key"] != r["section"]: err(f"{w}: key/section")
    if r["title"] is not None and not occurs(r["title"]): err(f"{w}: title not in document")
    for k in ("carriers","partners"):
        if not isinstance(r[k], list): err(f"{w}: {k} not a list")
        for v in r[k]:
            if not occurs(v): err(f"{w}: {k} {v!r} not in document")
    t = r["territory"]
    if t is not None:
        if set(t) != {"value","departments"}: err(f"{w}: territory keys")
        if not occurs(t["value"]): err(f"{w}: territory {t['value']!r} not in document")
        if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]): err(f"{w}: departments")
    if r["year"] is not None:
        if not isinstance(r["year"], int) or not occurs(str(r["year"])): err(f"{w}: year")
    if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}: mode")
    check_quantity(r["households"], w + " households", True)
    check_quantity(r["housing_units"], w + " housing_units", True)
    for q in (r["households"], r["housing_units"]):
        if q and q.get("unit") and not occurs(q["unit"]): err(f"{w}: unit {q['unit']!r} not in document")
    d = r["duration"]
    if d is not None:
        if set(d) != {"months","start","end","renewable"}: err(f"{w}: duration keys")
        if d["months"] is not None and not isinstance(d["months"], int): err(f"{w}: months")
        for k in ("start","end"):
            if d[k] is not None and (not isinstance(d[k], str) or not occurs(d[k])): err(f"{w}: duration {k}")
        if not isinstance(d["renewable"], bool): err(f"{w}: renewable")
    c = r["cost"]
    if c is not None:
        if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
        for k, v in c.items():
            if v is None: continue
            if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{w}: cost {k} format"); continue
            if not any(fold(f) in doc for f in amount_forms(v)): err(f"{w}: cost {k} {v} not in document")
    for f_ in r["funding"]:
        if set(f_) != {"source","eur","share_percent"}: err(f"{w}: funding keys")
        if not occurs(f_["source"]): err(f"{w}: funder {f_['source']!r}")
        if f_["eur"] is not None and not any(fold(x) in doc for x in amount_forms(f_["eur"])): err(f"{w}: funding eur")
        if f_["share_percent"] is not None and not re.search(re.escape(f_["share_percent"]) + r" ?%", doc): err(f"{w}: share")
    for ct in r["contacts"]:
        if set(ct) != {"name","email","phone"}: err(f"{w}: contact keys")
        if not occurs(ct["name"]): err(f"{w}: contact name {ct['name']!r}")
        if ct["email"] is not None and ct["email"].lower() not in doc: err(f"{w}: email {ct['email']!r}")
        if ct["phone"] is not None and not occurs(ct["phone"]): err(f"{w}: phone {ct['phone']!r}")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
    seen = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if set(data) != {"file","records"} or data["file"] != g[:-5]: err(f"{g}: top-level")
        doc = fold(decode(os.path.join(DOCS, data["file"])))
        keys = [r.get("key") for r in data["records"]]
        if len(keys) != len(set(keys)): err(f"{g}: duplicate keys")
        seen[data["file"]] = set(keys)
        for r in data["records"]: check_record(r, doc, data["file"])
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not c.get("why"): err("cluster without why")
        for rec in c["records"]:
            if rec["key"] not in seen.get(rec["file"], set()): err(f"cluster record {rec} not in gold")
    n = sum(len(v) for v in seen.values())
    if errors:
        print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
    print(f"OK: {len(golds)} gold files, {n} records, {len(cl['clusters'])} cluster(s)")
main()
