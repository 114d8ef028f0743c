#!/usr/bin/env python3
"""Validate holdout356 gold files: shape, required keys, types, and that each value's text
occurs in its document (cp1252 decoded, HTML tags stripped and entities decoded, NBSP and
typographic apostrophes folded). Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(m): errors.append(m)

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        t = raw.decode("utf-8")
        if "cp1252" in name: err(f"{name}: expected Windows-1252 but it decodes as UTF-8")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()

def spaced(eur):
    n = int(eur)
    return f"{n:,}".replace(",", " ")

def found(text, s, where):
    if fold(s) not in text: err(f"{where}: {s!r} not found in document")

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(q, where, text, housing=False):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: not an object")
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty): err(f"{where}.{k}: missing or wrong type")
    if q.get("per") not in ("total", "year"): err(f"{where}.per: {q.get('per')!r}")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if not q.get("approximate") and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text):
        err(f"{where}: count {q['min']} not in document")
    if "unit" in q: found(text, q["unit"], where + ".unit")
    for b in q.get("breakdown", []):
        found(text, b["label"], where + ".breakdown")
        if not re.search(r"(?<!\d)%d(?!\d)" % b["min"], text): err(f"{where}.breakdown: {b['min']} not found")

def check_file(gpath):
    g = json.load(open(gpath, encoding="utf-8"))
    if set(g) != {"file", "records"}: err(f"{gpath}: top-level keys {sorted(g)}")
    name = g["file"]
    if os.path.basename(gpath) != name + ".json": err(f"{gpath}: file name mismatch")
    if not os.path.exists(os.path.join(DOCS, name)): return err(f"{name}: document missing")
    text = fold(load_text(name))
    keys = set()
    for i, r in enumerate(g["records"]):
        w = f"{name}[{r.get('key', i)}]"
        if r.get("key") in keys: err(f"{w}: duplicate key")
        keys.add(r.get("key"))
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: keys {sorted(set(r) ^ INDEX_KEYS)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: key/section")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            found(text.replace("\t", " "), row.replace("\t", " "), w + " row")
            continue
        if r.get("kind") != "project": err(f"{w}: kind {r.get('kind')!r}"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"]: found(text, r["section"] + ".", w + ".section")
        if r["title"] is not None:
            if not isinstance(r["title"], str): err(f"{w}.title type")
            else: found(text, r["title"], w + ".title")
        if r["key"] not in ("document", r["section"]) and r["key"] != r["title"]:
            err(f"{w}: key is neither document, section nor title")
        for f in ("carriers", "partners"):
            if not isinstance(r[f], list): err(f"{w}.{f} type")
            for v in r[f]: found(text, v, f"{w}.{f}")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value", "departments"}: err(f"{w}.territory keys")
            found(text, t["value"], w + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{w}.territory code {d!r}")
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(f"{w}.year type")
            else: found(text, "- %d" % r["year"], w + ".year")
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{w}.mode")
        check_q(r["households"], w + ".households", text)
        check_q(r["housing_units"], w + ".housing_units", text, True)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{w}.duration keys")
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}.duration types")
            for k in ("start", "end"):
                if d[k] is not None: found(text, d[k], f"{w}.duration.{k}")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{w}.cost keys")
            for k, v in c.items():
                if v is None: continue
                if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)): err(f"{w}.cost.{k} {v!r}")
                else: found(text, spaced(v), f"{w}.cost.{k}")
        for fu in r["funding"]:
            if set(fu) != {"source", "eur", "share_percent"}: err(f"{w}.funding keys")
            found(text, fu["source"], w + ".funding.source")
            if fu["eur"] is not None: found(text, spaced(fu["eur"]), w + ".funding.eur")
            if fu["share_percent"] is not None: found(text, fu["share_percent"] + " %", w + ".funding.share")
        if not r["contacts"] and r["kind"] == "project": err(f"{w}: no contact")
        for ct in r["contacts"]:
            if set(ct) != {"name", "email", "phone"}: err(f"{w}.contacts keys")
            found(text, ct["name"], w + ".contact.name")
            for k in ("email", "phone"):
                if ct[k] is not None: found(text, ct[k], f"{w}.contact.{k}")
    return name, keys

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
    seen = {}
    for d in docs:
        gp = os.path.join(GOLD, d + ".json")
        if not os.path.exists(gp): err(f"{d}: no gold file"); continue
        n, k = check_file(gp); seen[n] = k
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if set(cl) != {"clusters"}: err("clusters.json keys")
    for c in cl["clusters"]:
        if set(c) != {"records", "why"} or not c["why"].strip(): err("cluster shape")
        if len(c["records"]) < 2: err("cluster with fewer than two records")
        for r in c["records"]:
            if r["key"] not in seen.get(r["file"], ()): err(f"cluster record {r} not in gold")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra: err(f"unexpected gold files {sorted(extra)}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
