#!/usr/bin/env python3
"""Check holdout159 gold: keys and types per ../gold/README.md, and that every gold value
(title, carriers, partners, territory, contact names, e-mails, phones, amounts, index cells,
exact counts) occurs in its document after decoding (UTF-8 or Windows-1252, HTML entities, tags).
Stdlib only. Run from anywhere: python3 Corpus/holdout159/check.py"""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg): errors.append(msg)

def decode(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if path.endswith((".html", ".htm")):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def fold(s):
    s = unicodedata.normalize("NFC", s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("\u2019", "'"), ("\u2018", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("–", "-"), ("—", "-"), ("*", " ")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip().lower()

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out; s = s[:-3]
    return s + out

def amount_forms(eur):
    v = int(eur)
    forms = {str(v), spaced(v)}
    if v % 100 == 0:
        k = v / 1000
        forms.add(("%g" % k).replace(".", ",") + " k€")
    return forms

def need(doc, value, what, fname, key):
    if fold(value) not in doc:
        err(f"{fname} [{key}] {what} not found: {value!r}")

def is_q(q, ctx):
    if q is None: return
    if not isinstance(q, dict): return err(f"{ctx}: quantity not an object")
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{ctx}: quantity {k} missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{ctx}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{ctx}: min > max")
    extra = set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}
    if extra: err(f"{ctx}: unexpected quantity keys {extra}")

def check_record(r, doc, fname, keys_seen):
    key = r.get("key")
    if not isinstance(key, str) or not key: return err(f"{fname}: record without a string key")
    if key in keys_seen: err(f"{fname}: duplicate key {key}")
    keys_seen.add(key)
    kind = r.get("kind")
    if kind == "index_row":
        if set(r) != INDEX_KEYS: err(f"{fname} [{key}]: index_row keys {sorted(r)}")
        if key != "index " + str(r.get("section")): err(f"{fname} [{key}]: key must be 'index ' + section")
        line_ok = any(all(fold(str(r[c])) in fold(line) for c in ("section", "localisation", "organisme", "page"))
                      for line in decode(os.path.join(DOCS, fname)).splitlines())
        if not line_ok: err(f"{fname} [{key}]: index row cells not found on one line")
        return
    if kind != "project": return err(f"{fname} [{key}]: kind must be project or index_row")
    if set(r) - PROJECT_KEYS: err(f"{fname} [{key}]: unexpected keys {set(r) - PROJECT_KEYS}")
    sec = r.get("section")
    if sec is not None:
        if key != sec: err(f"{fname} [{key}]: numbered monograph key must equal section")
        need(doc, sec + ".", "section", fname, key)
    elif key != "document" and key != r.get("title"):
        err(f"{fname} [{key}]: brochure/panel key must be the title")
    if r.get("title") is not None:
        if not isinstance(r["title"], str): err(f"{fname} [{key}]: title not a string")
        else: need(doc, r["title"], "title", fname, key)
    for fld in ("carriers", "partners"):
        v = r.get(fld)
        if v is None: continue
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v): err(f"{fname} [{key}]: {fld} not a list of strings")
        else:
            for x in v: need(doc, x, fld[:-1], fname, key)
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{fname} [{key}]: territory shape")
        else:
            need(doc, t["value"], "territory", fname, key)
            for d in t["departments"]:
                if not re.fullmatch(r"(\d{2}|2[AB]|97\d)", str(d)): err(f"{fname} [{key}]: bad département code {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{fname} [{key}]: year not an int")
        else: need(doc, str(y), "year", fname, key)
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{fname} [{key}]: bad mode {r.get('mode')}")
    for fld in ("households", "housing_units"):
        q = r.get(fld); is_q(q, f"{fname} [{key}] {fld}")
        if q and not q.get("approximate") and isinstance(q.get("min"), int):
            for n in {q["min"], q["max"]}:
                if not re.search(r"(?<!\d)" + str(n) + r"(?!\d)", doc): err(f"{fname} [{key}] {fld} count {n} not found")
        if q and q.get("unit"): need(doc, q["unit"], f"{fld} unit", fname, key)
    d = r.get("duration")
    if d is not None:
        if not isinstance(d, dict) or set(d) - {"months", "start", "end", "renewable"}: err(f"{fname} [{key}]: duration shape")
        else:
            if d.get("months") is not None and not isinstance(d["months"], int): err(f"{fname} [{key}]: months not int")
            if not isinstance(d.get("renewable"), bool): err(f"{fname} [{key}]: renewable not bool")
            for e in ("start", "end"):
                if d.get(e) is not None:
                    if not re.fullmatch(r"\d{4}", str(d[e])): err(f"{fname} [{key}]: {e} not a year string")
                    else: need(doc, d[e], f"duration {e}", fname, key)
    c = r.get("cost")
    if c is not None:
        if not isinstance(c, dict) or set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{fname} [{key}]: cost shape")
        else:
            for k2, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{fname} [{key}]: {k2} not a decimal string")
                elif not any(fold(f) in doc for f in amount_forms(v)): err(f"{fname} [{key}]: amount {v} not found")
    for f in r.get("funding") or []:
        if not isinstance(f, dict) or set(f) != {"source", "eur", "share_percent"}: err(f"{fname} [{key}]: funding shape"); continue
        need(doc, f["source"], "funder", fname, key)
        if f["eur"] is not None and not any(fold(x) in doc for x in amount_forms(f["eur"])): err(f"{fname} [{key}]: funding eur {f['eur']} not found")
        if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r"\s?%", doc):
            err(f"{fname} [{key}]: share {f['share_percent']} % not found")
    for p in r.get("contacts") or []:
        if not isinstance(p, dict) or not isinstance(p.get("name"), str): err(f"{fname} [{key}]: contact shape"); continue
        need(doc, p["name"], "contact name", fname, key)
        if p.get("email"): need(doc, p["email"], "e-mail", fname, key)
        if p.get("phone"): need(doc, p["phone"], "phone", fname, key)

def main():
    docs = sorted(os.listdir(DOCS))
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp): err(f"no gold for {name}"); continue
        g = json.load(open(gp, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name: err(f"{name}: gold top-level shape / file name")
        doc = fold(decode(os.path.join(DOCS, name)))
        seen = set()
        for r in g.get("records", []): check_record(r, doc, name, seen)
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        for m in c["records"]:
            g = json.load(open(os.path.join(GOLD, m["file"] + ".json"), encoding="utf-8"))
            if m["key"] not in {r["key"] for r in g["records"]}: err(f"clusters.json: {m} not a gold record")
    n = sum(len(json.load(open(os.path.join(GOLD, d + ".json"), encoding="utf-8"))["records"]) for d in docs
            if os.path.exists(os.path.join(GOLD, d + ".json")))
    if errors:
        print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
    print(f"OK: {len(docs)} documents, {n} gold records, clusters.json consistent")

if __name__ == "__main__":
    main()
