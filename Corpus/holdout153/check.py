#!/usr/bin/env python3
"""Check the holdout153 gold: keys and types per ../gold/README.md, and that every gold value
(titles, carriers, partners, territory, e-mails, contact names and phones, amounts, index rows)
occurs in its document after decoding (UTF-8 or Windows-1252, HTML entities, tags stripped).
Standard library only. Run from anywhere: python3 Corpus/holdout153/check.py"""
import html, json, os, re, sys, unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(where, msg): errors.append(f"{where}: {msg}")

def decode(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith((".html", ".htm")):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        text = re.sub(r"<[^>]+>", " ", text)  # stray <div ...> cells
    return text

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\t", " "), ("\u2019", "'"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()

def amount_forms(v):
    n = Decimal(v)
    i = int(n)
    forms = {str(i), f"{i:,}".replace(",", " ")}
    if i % 100 == 0 and i >= 1000:
        k = f"{i / 1000:.1f}".replace(".", ",")
        forms |= {k + " k€", k + "k€", k + " k€"}
    return forms

def is_q(q):
    return q is None or (isinstance(q, dict) and isinstance(q.get("min"), int) and isinstance(q.get("max"), int)
                         and q["min"] <= q["max"] and q.get("per") in ("total", "year")
                         and isinstance(q.get("approximate"), bool))

def check_record(where, r, doc, fname):
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != INDEX_KEYS: err(where, f"index_row keys {sorted(set(r) ^ INDEX_KEYS)}")
        if r.get("key") != "index " + str(r.get("section")): err(where, "index key must be 'index ' + section")
        for k in ("localisation", "organisme", "page"):
            if fold(r[k]) not in doc: err(where, f"{k} {r[k]!r} not in document")
        return
    if kind != "project": err(where, f"bad kind {kind!r}"); return
    extra = set(r) - PROJECT_KEYS
    if extra: err(where, f"unknown keys {sorted(extra)}")
    if not isinstance(r.get("key"), str) or not r["key"]: err(where, "key missing")
    if r.get("section") is not None and r["key"] != r["section"]: err(where, "monograph key must equal section")
    if r.get("title") is not None:
        if fold(r["title"]) not in doc: err(where, f"title {r['title']!r} not in document")
        if fname.startswith("brochure") and r["key"] != r["title"]: err(where, "brochure key must be the title")
    for k in ("carriers", "partners"):
        v = r.get(k, [])
        if not isinstance(v, list): err(where, f"{k} not a list"); continue
        for x in v:
            if fold(x) not in doc: err(where, f"{k} {x!r} not in document")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t.get("departments"), list) or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(where, "territory departments")
        if fold(t["value"]) not in doc: err(where, f"territory {t['value']!r} not in document")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or str(y) not in doc): err(where, f"year {y!r}")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(where, "mode")
    for k in ("households", "housing_units"):
        if k in r and not is_q(r[k]): err(where, f"{k} malformed")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): err(where, "duration keys")
        for k in ("start", "end"):
            if d[k] is not None and d[k] not in doc: err(where, f"duration {k} {d[k]} not in document")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(where, "cost keys")
        for k, v in c.items():
            if v is None: continue
            if not re.fullmatch(r"\d+(\.\d+)?", v): err(where, f"cost {k} {v!r} not a decimal string"); continue
            if not any(fold(f) in doc for f in amount_forms(v)): err(where, f"cost {k} {v} not in document")
    for f in r.get("funding", []) or []:
        if set(f) != {"source", "eur", "share_percent"}: err(where, "funding keys")
        if fold(f["source"]) not in doc: err(where, f"funder {f['source']!r} not in document")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r"\s?%", doc):
            err(where, f"share {f['share_percent']} % not in document")
    for p in r.get("contacts", []) or []:
        if not {"name", "email"} <= set(p): err(where, "contact keys")
        if fold(p["name"]) not in doc: err(where, f"contact {p['name']!r} not in document")
        if p.get("email") and p["email"].lower() not in doc: err(where, f"e-mail {p['email']} not in document")
        if p.get("phone") and fold(p["phone"]) not in doc: err(where, f"phone {p['phone']} not in document")

def main():
    docs = sorted(os.listdir(DOCS))
    for fname in docs:
        gpath = os.path.join(GOLD, fname + ".json")
        if not os.path.exists(gpath): err(fname, "no gold file"); continue
        g = json.load(open(gpath, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != fname: err(gpath, "top-level keys / file name")
        doc = fold(decode(os.path.join(DOCS, fname)))
        keys = [r.get("key") for r in g["records"]]
        if len(keys) != len(set(keys)): err(fname, "duplicate keys")
        for r in g["records"]:
            check_record(f"{fname} [{r.get('key')}]", r, doc, fname)
    for gfile in os.listdir(GOLD):
        if gfile.endswith(".json") and gfile != "clusters.json" and gfile[:-5] not in docs:
            err(gfile, "gold file without document")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl["clusters"]:
        if not c.get("why"): err("clusters.json", "cluster without why")
        for rec in c["records"]:
            g = json.load(open(os.path.join(GOLD, rec["file"] + ".json"), encoding="utf-8"))
            if rec["key"] not in [r["key"] for r in g["records"]]: err("clusters.json", f"unknown record {rec}")
    if errors:
        print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
    print(f"OK: {len(docs)} documents, gold and clusters consistent")

if __name__ == "__main__":
    main()
