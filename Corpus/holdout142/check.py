#!/usr/bin/env python3
"""Checks the gold of holdout 142: keys and types (format of ../gold/README.md) and that
every gold string / figure occurs in its document (cp1252 decoded, HTML stripped and
entities decoded, no-break spaces folded)."""
import json, re, html, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"
errors = []

def err(msg): errors.append(msg)

def load_text(p):
    b = p.read_bytes()
    t = b.decode("cp1252") if "cp1252" in p.name else b.decode("utf-8")
    if p.suffix == ".html":
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    t = t.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"[ \t]+", " ", t)

def has(text, s): return s in text

def spaced(n):  # "142391" -> "142 391"
    n = int(n); return f"{n:,}".replace(",", " ")

PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year",
                "mode","households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
MODES = {"access","maintenance","access_and_maintenance",None}

def check_q(q, where, text, words_ok):
    if q is None: return
    if not isinstance(q, dict): return err(f"{where}: quantity not an object")
    for k, t in (("min",int),("max",int),("per",str),("approximate",bool)):
        if not isinstance(q.get(k), t): err(f"{where}: {k} missing or not {t.__name__}")
    if q.get("per") not in ("total","year"): err(f"{where}: per must be total or year")
    if q.get("min",0) > q.get("max",0): err(f"{where}: min > max")
    if "unit" in q and not has(text, q["unit"]) and not has(text.lower(), q["unit"].lower()):
        err(f"{where}: unit {q['unit']!r} not in document")
    if not q.get("approximate") or not words_ok:
        for v in {q["min"], q["max"]}:
            if not re.search(r"(?<![\d])%d(?![\d])" % v, text): err(f"{where}: {v} not in document")

for gf in sorted(GOLD.glob("*.json")):
    if gf.name == "clusters.json": continue
    g = json.loads(gf.read_text(encoding="utf-8"))
    if set(g) != {"file","records"}: err(f"{gf.name}: top keys {sorted(g)}")
    doc = DOCS / g["file"]
    if gf.name != g["file"] + ".json": err(f"{gf.name}: file name mismatch")
    if not doc.exists(): err(f"{gf.name}: missing document {doc.name}"); continue
    text = load_text(doc)
    keys = [r["key"] for r in g["records"]]
    if len(keys) != len(set(keys)): err(f"{gf.name}: duplicate keys")
    for r in g["records"]:
        w = f"{g['file']}[{r.get('key')}]"
        if r.get("kind") == "index_row":
            if set(r) != INDEX_KEYS: err(f"{w}: index keys {sorted(r)}")
            if r["key"] != "index " + r["section"]: err(f"{w}: index key")
            for k in ("section","localisation","organisme","page"):
                if not has(text, r[k]): err(f"{w}: {k} {r[k]!r} not in document")
            if not re.search(re.escape(r["section"]) + r"\t" + re.escape(r["localisation"]) + r"\t" + re.escape(r["organisme"]) + r"\t" + re.escape(r["page"]), doc.read_text(encoding="utf-8")):
                err(f"{w}: whole index row not found")
            continue
        if r.get("kind") != "project": err(f"{w}: kind"); continue
        if set(r) != PROJECT_KEYS: err(f"{w}: keys differ: {sorted(set(r) ^ PROJECT_KEYS)}")
        if r["section"] is not None:
            if r["key"] != r["section"] or not has(text, r["section"] + "."): err(f"{w}: section")
        if not isinstance(r["title"], str) or not has(text, r["title"]): err(f"{w}: title not in document")
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): err(f"{w}: {k} not a list")
            for v in r[k]:
                if not has(text, v): err(f"{w}: {k} {v!r} not in document")
        t = r["territory"]
        if t is not None:
            if set(t) != {"value","departments"} or not all(isinstance(d, str) for d in t["departments"]): err(f"{w}: territory shape")
            if not has(text, t["value"]): err(f"{w}: territory {t['value']!r} not in document")
        if r["year"] is not None and (not isinstance(r["year"], int) or not has(text, f"- {r['year']}")): err(f"{w}: year")
        if r["mode"] not in MODES: err(f"{w}: mode")
        check_q(r["households"], w + " households", text, True)
        check_q(r["housing_units"], w + " housing", text, True)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"}: err(f"{w}: duration keys")
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(f"{w}: duration types")
            for k in ("start","end"):
                if d[k] is not None and (not isinstance(d[k], str) or not has(text, d[k])): err(f"{w}: duration {k}")
            if d["renewable"] and "renouvelable" not in text: err(f"{w}: renewable")
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{w}: cost keys")
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r"\d+", v): err(f"{w}: cost {k} not a decimal string")
                elif not (has(text, spaced(v) + " €") or has(text, f"{int(v)/1000:.1f}".replace(".", ",") + " k€")):
                    err(f"{w}: cost {k} {v} not in document")
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f"{w}: funding keys")
            if not has(text, f["source"]): err(f"{w}: funder {f['source']!r} not in document")
            if f["eur"] and not has(text, spaced(f["eur"]) + " €"): err(f"{w}: funding eur {f['eur']}")
            if f["share_percent"] and not has(text, f["share_percent"] + " %"): err(f"{w}: share {f['share_percent']}")
        for k in r["contacts"]:
            if set(k) != {"name","email","phone"}: err(f"{w}: contact keys")
            for kk in ("name","email","phone"):
                if k[kk] is not None and not has(text, k[kk]): err(f"{w}: contact {kk} {k[kk]!r} not in document")

cl = json.loads((GOLD / "clusters.json").read_text(encoding="utf-8"))
for c in cl["clusters"]:
    if set(c) != {"records","why"} or len(c["records"]) < 2: err("clusters: shape")
    for rec in c["records"]:
        g = json.loads((GOLD / (rec["file"] + ".json")).read_text(encoding="utf-8"))
        if rec["key"] not in [r["key"] for r in g["records"] if r["kind"] == "project"]: err(f"clusters: {rec} not a gold project")

print("\n".join(errors) if errors else "clean: no problem found")
sys.exit(1 if errors else 0)
