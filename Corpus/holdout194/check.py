#!/usr/bin/env python3
"""Check holdout194's gold: format of ../gold/README.md, and every expected value findable in its document."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
FIELDS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
          "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_FIELDS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[–—-]", "-", s)
    return re.sub(r"\s+", " ", s)

def load_text(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            raw.decode("utf-8")
            err(name + ": expected Windows-1252, but the file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1252")
    else:
        text = raw.decode("utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = text + "\n" + re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def find(doc, name, what, value):
    if value is None:
        return
    if fold(str(value)) not in doc:
        err(f"{name}: {what} {value!r} not found in the document")

def amount_forms(eur):
    n = int(eur)
    plain = str(n)
    spaced = f"{n:,}".replace(",", " ")
    return [plain, spaced]

def find_amount(doc, name, what, eur):
    if eur is None:
        return
    if not re.fullmatch(r"\d+(\.\d+)?", eur):
        err(f"{name}: {what} {eur!r} is not a decimal string")
        return
    if not any(re.search(r"(?<!\d)(?<!\d )" + re.escape(f) + r"(?![\d])", doc) for f in amount_forms(eur)):
        err(f"{name}: {what} {eur} not found")

def check_q(doc, name, what, q):
    if q is None:
        return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        err(f"{name}: {what} lacks min/max/per/approximate"); return
    if q["per"] not in ("total", "year"):
        err(f"{name}: {what} per {q['per']!r}")
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]):
        err(f"{name}: {what} min/max {q['min']}/{q['max']}")
    if not isinstance(q["approximate"], bool):
        err(f"{name}: {what} approximate not a boolean")
    if "unit" in q:
        find(doc, name, what + " unit", q["unit"])
    if not q["approximate"]:
        for v in {q["min"], q["max"]}:
            if not re.search(r"(?<![\d])" + str(v) + r"(?![\d])", doc):
                err(f"{name}: {what} count {v} not found")
    else:
        words = {10: "dizaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine", 100: "centaine"}
        mid = round((q["min"] + q["max"]) / 2)
        if mid in words:
            find(doc, name, what + " size word", words[mid])
            if (q["min"], q["max"]) != (round(mid * 0.8), round(mid * 1.2)):
                err(f"{name}: {what} size word not widened by a fifth")
        elif not re.search(r"(?<![\d])" + str(q["min"]) + r"(?![\d])", doc):
            err(f"{name}: {what} approximate count {q['min']} not found")

def check_project(doc, name, r):
    extra = set(r) - FIELDS
    if extra:
        err(f"{name} {r['key']}: unknown fields {sorted(extra)}")
    for f in ("title", "section", "section_as_written"):
        if f in r:
            find(doc, name, f, r[f])
    for f in ("carriers", "partners"):
        if f in r:
            if not isinstance(r[f], list):
                err(f"{name}: {f} not a list")
            for v in r[f]:
                find(doc, name, f, v)
    t = r.get("territory")
    if t is not None:
        find(doc, name, "territory", t["value"])
        if not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{name}: bad departments {t['departments']}")
        for d in t["departments"]:
            find(doc, name, "département code", f"({d})")
    if r.get("year") is not None:
        find(doc, name, "year", str(r["year"]))
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{name}: mode {r.get('mode')!r}")
    check_q(doc, name, "households", r.get("households"))
    check_q(doc, name, "housing_units", r.get("housing_units"))
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}:
            err(f"{name}: duration keys {sorted(d)}")
        for y in (d["start"], d["end"]):
            if y is not None:
                find(doc, name, "duration year", y)
        if d["start"] and d["end"] and d["months"] is None:
            err(f"{name}: duration without months")
        if d["renewable"]:
            if "renouvel" not in doc and "reconductible" not in doc:
                err(f"{name}: renewable but no such word")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{name}: cost keys {sorted(c)}")
        for k, v in c.items():
            find_amount(doc, name, "cost " + k, v)
    for f in r.get("funding", []) or []:
        find(doc, name, "funder", f["source"])
        find_amount(doc, name, "funding amount", f.get("eur"))
        if f.get("share_percent") is not None:
            if not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{name}: share {f['share_percent']} % not found")
    for k in r.get("contacts", []) or []:
        if set(k) - {"name", "email", "phone", "role", "organisation"}:
            err(f"{name}: contact keys {sorted(k)}")
        for f in ("name", "email", "phone", "role", "organisation"):
            find(doc, name, "contact " + f, k.get(f))

def main():
    files = sorted(f for f in os.listdir(DOCS))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
    if files != golds:
        err(f"documents {files} vs gold {golds}")
    keys = {}
    for name in golds:
        g = json.load(open(os.path.join(GOLD, name + ".json"), encoding="utf-8"))
        if g.get("file") != name or set(g) != {"file", "records"}:
            err(f"{name}: bad top level")
        doc = load_text(name)
        seen = set()
        for r in g["records"]:
            if r.get("key") in seen:
                err(f"{name}: duplicate key {r.get('key')}")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, name, r)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_FIELDS or r["key"] != "index " + r["section"]:
                    err(f"{name}: bad index row {r}")
                for f in ("section", "localisation", "organisme", "page"):
                    find(doc, name, "index " + f, r[f])
                if fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])) not in doc.replace("\t", "\t"):
                    # tabs are folded to spaces by fold(); compare with spaces
                    if fold(" ".join([r["section"], r["localisation"], r["organisme"], r["page"]])) not in doc:
                        err(f"{name}: index row {r['key']} not found whole")
            else:
                err(f"{name}: kind {r.get('kind')!r}")
        keys[name] = seen
    c = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for cl in c["clusters"]:
        if not cl.get("why") or len(cl["records"]) < 2:
            err("clusters: a cluster lacks why or has fewer than two records")
        for rec in cl["records"]:
            if rec["key"] not in keys.get(rec["file"], set()):
                err(f"clusters: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")

main()
