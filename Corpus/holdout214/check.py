#!/usr/bin/env python3
"""Validate holdout214 gold files: shape, keys, types, and that values occur in their documents."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "oe").replace("–", "-").replace("—", "-")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^\S\t\n]+", " ", s.lower())

def load_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        s = b.decode("cp1252")
    if name.endswith(".html"):
        s = s + " " + html.unescape(re.sub(r"<[^>]+>", " ", s))
    return fold(s)

def spaced(d):
    n = int(d)
    return f"{n:,}".replace(",", " ")

def need(cond, msg):
    if not cond:
        errors.append(msg)

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
MODES = {"access", "maintenance", "access_and_maintenance"}

def check_q(q, where, text):
    if q is None:
        return
    need(isinstance(q, dict) and {"min", "max", "per", "approximate"} <= set(q), f"{where}: quantity keys")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    need(q["per"] in ("total", "year"), f"{where}: per")
    need(isinstance(q["approximate"], bool), f"{where}: approximate")
    if not q["approximate"]:
        need(re.search(r"(?<!\d)" + str(q["min"]) + r"(?!\d)", text) is not None, f"{where}: {q['min']} not in text")
    if "unit" in q:
        need(fold(q["unit"]) in text, f"{where}: unit {q['unit']!r} not in text")

def found(v, text, where):
    need(isinstance(v, str) and fold(v) in text, f"{where}: {v!r} not found in document")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
need(golds == sorted(d + ".json" for d in docs), "one gold file per document")
keys_by_file = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    name = data.get("file")
    need(name + ".json" == g, f"{g}: file field")
    text = load_doc(name)
    recs = data.get("records")
    need(isinstance(recs, list) and recs, f"{g}: records")
    keys = [r["key"] for r in recs]
    need(len(keys) == len(set(keys)), f"{g}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in recs:
        w = f"{g} [{r.get('key')}]"
        if r.get("kind") == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: index keys {sorted(set(r) ^ INDEX_KEYS)}")
            need(r["key"] == "index " + r["section"], f"{w}: key")
            line = [l for l in text.splitlines() if l.startswith(fold(r["section"]) + "\t")]
            need(len(line) == 1, f"{w}: index line")
            if line:
                cells = line[0].split("\t")
                need(cells[1:] == [fold(r["localisation"]), fold(r["organisme"]), fold(r["page"])], f"{w}: index cells {cells}")
            continue
        need(r.get("kind") == "project", f"{w}: kind")
        need(PROJECT_KEYS <= set(r), f"{w}: missing {sorted(PROJECT_KEYS - set(r))}")
        need(set(r) <= PROJECT_KEYS | {"mode"}, f"{w}: extra {sorted(set(r) - PROJECT_KEYS - {'mode'})}")
        if r["section"] is not None:
            need(r["key"] == r["section"] and fold(r["section"] + ". ") in text, f"{w}: section")
        found(r["title"], text, w + " title")
        for c in r["carriers"] + r["partners"]:
            found(c, text, w + " carrier/partner")
        t = r["territory"]
        need(isinstance(t, dict) and isinstance(t["departments"], list), f"{w}: territory shape")
        found(t["value"], text, w + " territory")
        for d in t["departments"]:
            need(re.fullmatch(r"\d{2,3}", d) is not None, f"{w}: department code {d}")
        if r["year"] is not None:
            need(isinstance(r["year"], int) and str(r["year"]) in text, f"{w}: year")
        if "mode" in r:
            need(r["mode"] in MODES or r["mode"] is None, f"{w}: mode")
        check_q(r["households"], w + " households", text)
        check_q(r["housing_units"], w + " housing_units", text)
        du = r["duration"]
        need(isinstance(du["months"], int) and isinstance(du["renewable"], bool), f"{w}: duration types")
        for k in ("start", "end"):
            if du[k] is not None:
                need(du[k] in text, f"{w}: duration {k}")
        co = r["cost"]
        need(set(co) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
        for k, v in co.items():
            if v is not None:
                need(re.fullmatch(r"\d+", v) is not None and spaced(v) in text, f"{w}: cost {k} {v}")
        for f in r["funding"]:
            need(set(f) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            found(f["source"], text, w + " funding source")
            if f["eur"] is not None:
                need(spaced(f["eur"]) in text, f"{w}: funding eur")
            if f["share_percent"] is not None:
                need(re.search(re.escape(f["share_percent"]) + r" ?%", text) is not None, f"{w}: share {f['share_percent']}")
        for c in r["contacts"]:
            need({"name", "email", "phone"} <= set(c), f"{w}: contact keys")
            found(c["name"], text, w + " contact name")
            if c["email"]:
                found(c["email"], text, w + " e-mail")
            if c["phone"]:
                found(c["phone"], text, w + " phone")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl["clusters"]:
    need(len(c["records"]) >= 2 and isinstance(c.get("why"), str) and c["why"], "clusters: shape")
    for r in c["records"]:
        need(r["key"] in keys_by_file.get(r["file"], set()), f"clusters: unknown record {r}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
