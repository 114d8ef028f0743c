#!/usr/bin/env python3
"""Checks holdout152's gold: keys and types per ../gold/README.md, and that every gold value
occurs in its document (decoded: UTF-8 or Windows-1252, HTML entities and tags; folded: case,
accents, apostrophes, dashes, no-break spaces, oe/ae ligatures). Run: python3 check.py"""
import json, os, re, sys, html, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    for a in "’‘ʼ`´": s = s.replace(a, "'")
    for d in "–—‑‐−": s = s.replace(d, "-")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(path):
    b = open(path, "rb").read()
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    if path.endswith((".html", ".htm")):
        s = re.sub(r"<script.*?</script>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    s = s.replace("**", "")
    return " " + fold(s) + " "

def has(text, value):
    v = fold(value).strip()
    return re.search(r"(?<![0-9a-z])" + re.escape(v) + r"(?![0-9a-z])", text) is not None

WORDS = {7: "sept", 10: "dix", 12: "douze", 14: "quatorze", 15: "quinze", 18: "dix-huit", 19: "dix-neuf",
         22: "vingt-deux", 26: "vingt-six"}
def has_count(text, n):
    return has(text, str(n)) or (n in WORDS and has(text, WORDS[n]))

def amount_forms(a):
    n = int(a); forms = {str(n)}
    g = f"{n:,}".replace(",", " "); forms.add(g)
    if n % 100 == 0 and n >= 1000:
        k = n / 1000; forms.add(("%g" % k).replace(".", ",") + " k€")
    if n % 100000 == 0 and n >= 1000000:
        forms.add(("%g" % (n / 1e6)).replace(".", ",") + " million")
    return forms

APPROX = {(16, 24): "vingtaine", (12, 18): "quinzaine", (32, 48): "quarantaine", (8, 12): "dizaine",
          (24, 36): "trentaine", (80, 120): "centaine"}
PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year",
         "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
IKEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
def is_str_or_none(x): return x is None or isinstance(x, str)
def digits_or_none(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x) is not None)

def check_q(f, k, name, q, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{f} {k}: {name} not an object")
    for kk in ("min", "max", "per", "approximate"):
        if kk not in q: err(f"{f} {k}: {name} lacks {kk}")
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown", "text"}: err(f"{f} {k}: {name} extra keys {set(q)}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]): err(f"{f} {k}: {name} min/max")
    if q.get("per") not in ("total", "year"): err(f"{f} {k}: {name} per")
    if not isinstance(q.get("approximate"), bool): err(f"{f} {k}: {name} approximate")
    if "unit" in q and not isinstance(q["unit"], str): err(f"{f} {k}: {name} unit")
    if "unit" in q and not has(text, q["unit"]): err(f"{f} {k}: {name} unit {q['unit']!r} not in document")
    if q["min"] == q["max"]:
        if not has_count(text, q["min"]): err(f"{f} {k}: {name} count {q['min']} not in document")
    else:
        w = APPROX.get((q["min"], q["max"]))
        if w and not has(text, w) and not q["approximate"] is False: err(f"{f} {k}: {name} {w} not in document")
        if not w and not (has_count(text, q["min"]) and has_count(text, q["max"])): err(f"{f} {k}: {name} range not in document")

def check_project(f, r, text):
    k = r.get("key")
    if set(r) - PKEYS: err(f"{f} {k}: unknown keys {set(r) - PKEYS}")
    sec = r.get("section")
    if sec is not None:
        if k != sec: err(f"{f} {k}: key must be the section")
        if not has(text, sec): err(f"{f} {k}: section not in document")
    elif k != "document" and k != r.get("title"): err(f"{f} {k}: key must be 'document' or the title")
    if not is_str_or_none(r.get("section_as_written")): err(f"{f} {k}: section_as_written")
    t = r.get("title")
    if t is not None:
        if not isinstance(t, str): err(f"{f} {k}: title type")
        elif not has(text, t): err(f"{f} {k}: title {t!r} not in document")
    for fld in ("carriers", "partners"):
        v = r.get(fld, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v): err(f"{f} {k}: {fld} type")
        else:
            for x in v:
                if not has(text, x): err(f"{f} {k}: {fld} {x!r} not in document")
    tr = r.get("territory")
    if tr is not None:
        if set(tr) != {"value", "departments"} or not isinstance(tr["value"], str) or not isinstance(tr["departments"], list) \
           or not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2A|2B", d) for d in tr["departments"]):
            err(f"{f} {k}: territory shape")
        elif not has(text, tr["value"]): err(f"{f} {k}: territory {tr['value']!r} not in document")
    y = r.get("year")
    if y is not None and (not isinstance(y, int) or not has(text, str(y))): err(f"{f} {k}: year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{f} {k}: mode")
    check_q(f, k, "households", r.get("households"), text)
    check_q(f, k, "housing_units", r.get("housing_units"), text)
    d = r.get("duration")
    if d is not None:
        if set(d) - {"months", "start", "end", "renewable", "text"} or not isinstance(d.get("renewable"), bool): err(f"{f} {k}: duration shape")
        m = d.get("months")
        if m is not None and not isinstance(m, int): err(f"{f} {k}: months type")
        span_ok = bool(d.get("start") and d.get("end") and m in (12 * (int(d["end"]) - int(d["start"])), 12 * (int(d["end"]) - int(d["start"]) + 1)))
        if m is not None and not (has(text, f"{m} mois") or (m % 12 == 0 and (has(text, f"{m // 12} ans") or has(text, ["", "un an", "deux ans", "trois ans"][m // 12] if m // 12 <= 3 else "x"))) or span_ok):
            err(f"{f} {k}: duration {m} months not written in document")
        for se in ("start", "end"):
            v = d.get(se)
            if v is not None and (not isinstance(v, str) or not re.fullmatch(r"\d{4}", v) or not has(text, v)): err(f"{f} {k}: duration {se}")
    c = r.get("cost")
    if c is not None:
        if set(c) - {"total_eur", "per_year_eur", "per_household_eur", "components", "text"}: err(f"{f} {k}: cost keys")
        for kk in ("total_eur", "per_year_eur", "per_household_eur"):
            v = c.get(kk)
            if not digits_or_none(v): err(f"{f} {k}: cost {kk} type")
            elif v is not None and not any(has(text, form) for form in amount_forms(v)): err(f"{f} {k}: cost {kk} {v} not in document")
    for fu in r.get("funding", []):
        if set(fu) != {"source", "eur", "share_percent"} or not isinstance(fu["source"], str) or not digits_or_none(fu["eur"]) or not digits_or_none(fu["share_percent"]):
            err(f"{f} {k}: funding shape {fu}"); continue
        if not has(text, fu["source"]): err(f"{f} {k}: funding source {fu['source']!r} not in document")
        if fu["eur"] and not any(has(text, form) for form in amount_forms(fu["eur"])): err(f"{f} {k}: funding eur {fu['eur']} not in document")
        if fu["share_percent"] and not has(text, fu["share_percent"] + " %"): err(f"{f} {k}: share {fu['share_percent']} % not in document")
    for ct in r.get("contacts", []):
        if not set(ct) >= {"name"} or set(ct) - {"name", "email", "phone", "role", "organisation"} or not isinstance(ct["name"], str):
            err(f"{f} {k}: contact shape {ct}"); continue
        for kk in ("name", "email", "phone", "role", "organisation"):
            v = ct.get(kk)
            if v is not None and not has(text, v): err(f"{f} {k}: contact {kk} {v!r} not in document")

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(x for x in os.listdir(GOLD) if x != "clusters.json")
    if golds != sorted(d + ".json" for d in docs): err(f"gold files {golds} do not match documents {docs}")
    keys = {}
    for g in golds:
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        f = g[:-5]
        if set(data) != {"file", "records"} or data["file"] != f: err(f"{g}: top-level keys or file name"); continue
        text = load(os.path.join(DOCS, f))
        seen = set()
        for r in data["records"]:
            k = r.get("key")
            if not isinstance(k, str) or k in seen: err(f"{g}: missing or duplicate key {k!r}")
            seen.add(k)
            if r.get("kind") == "project": check_project(f, r, text)
            elif r.get("kind") == "index_row":
                if set(r) != IKEYS or k != "index " + str(r.get("section")): err(f"{g} {k}: index_row shape/key")
                row = [r.get(kk) for kk in ("section", "localisation", "organisme", "page")]
                if not all(isinstance(x, str) for x in row) or not has(text, " ".join(row)): err(f"{g} {k}: index row {row} not in document")
            else: err(f"{g} {k}: kind")
        keys[f] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}: err("clusters.json: top-level keys")
    for c in cl.get("clusters", []):
        if set(c) != {"records", "why"} or len(c["records"]) < 2: err("clusters.json: cluster shape")
        for rec in c["records"]:
            if rec.get("key") not in keys.get(rec.get("file"), set()): err(f"clusters.json: unknown record {rec}")
    for e in errors: print("FAIL", e)
    n = sum(len(v) for v in keys.values())
    print(f"{len(golds)} gold files, {n} records, {len(errors)} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
