#!/usr/bin/env python3
"""Check holdout188's gold: format of ../gold/README.md, and that every expected value can be
found in its document (cp1252 decoded, HTML tags stripped and entities decoded, case, accents,
apostrophes, dashes, NBSP, œ/æ folded; amounts compared as digit runs without separators).
Standard library only. Prints OK or the list of problems."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
problems = []

def fold(s):
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u202f", " ")
          .replace("\u2013", "-").replace("\u2014", "-").replace("œ", "oe").replace("Œ", "OE")
          .replace("æ", "ae").replace("Æ", "AE"))
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name:
            problems.append(f"{name}: decodes as UTF-8 but should be Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text

def digits(s):
    # every digit run, separators (space, NBSP, dot) inside numbers removed
    return set(re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}\b)", "", s).split()) | \
           set(re.findall(r"\d+", re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}\b)", "", s)))

QKEYS = {"min", "max", "per", "approximate"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def need(cond, msg):
    if not cond:
        problems.append(msg)

def check_q(where, q, ftext, nums):
    if q is None:
        return
    need(isinstance(q, dict) and QKEYS <= set(q), f"{where}: quantity keys")
    need(q["per"] in ("total", "year"), f"{where}: per")
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f"{where}: min/max")
    if "unit" in q:
        need(fold(q["unit"]) in ftext, f"{where}: unit {q['unit']!r} not in document")
    if not q["approximate"] or q["min"] == q["max"]:
        need(str(q["min"]) in nums, f"{where}: count {q['min']} not in document")
    else:  # a word of size, widened by a fifth: n = (min+max)/2
        n = (q["min"] + q["max"]) // 2
        words = {10: "dizaine", 12: "douzaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine", 100: "centaine"}
        need(n in words and words[n] in ftext and q["min"] == round(n * 0.8) and q["max"] == round(n * 1.2),
             f"{where}: approximate range {q['min']}-{q['max']} not a widened word of size")

files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json") and f != "clusters.json")
docs = sorted(os.listdir(DOCS))
need([f[:-5] for f in files] == docs, f"gold files {files} do not match documents {docs}")
keys_by_file = {}
for gf in files:
    g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
    name = gf[:-5]
    need(g.get("file") == name, f"{gf}: file field")
    need(set(g) == {"file", "records"}, f"{gf}: top-level keys")
    text = load(name)
    ftext = fold(text)
    nums = digits(text)
    keys = [r["key"] for r in g["records"]]
    need(len(keys) == len(set(keys)), f"{gf}: duplicate keys")
    keys_by_file[name] = set(keys)
    for r in g["records"]:
        w = f"{gf} [{r.get('key')}]"
        if r["kind"] == "index_row":
            need(set(r) == INDEX_KEYS, f"{w}: index_row keys")
            need(r["key"] == "index " + r["section"], f"{w}: index key")
            row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
            need(row in text, f"{w}: index row not found as written")
            continue
        need(r["kind"] == "project", f"{w}: kind")
        need(set(r) <= PROJECT_KEYS, f"{w}: unknown keys {set(r) - PROJECT_KEYS}")
        if r.get("section"):
            need(r["key"] == r["section"] and r["section"] in text, f"{w}: section")
        for fld in ("title",):
            if r.get(fld):
                need(fold(r[fld]) in ftext, f"{w}: {fld} {r[fld]!r} not in document")
        if r["key"] not in ("document",) and not r.get("section"):
            need(r["key"] == r.get("title"), f"{w}: brochure key should be the title")
        for who in r.get("carriers", []) + r.get("partners", []):
            need(fold(who) in ftext, f"{w}: organisation {who!r} not in document")
        t = r.get("territory")
        if t:
            need(fold(t["value"]) in ftext, f"{w}: territory {t['value']!r} not in document")
            need(all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]), f"{w}: departments")
        need(r.get("mode") in (None, "access", "maintenance", "access_and_maintenance"), f"{w}: mode")
        if r.get("year") is not None:
            need(str(r["year"]) in nums, f"{w}: year")
        check_q(w + " households", r.get("households"), ftext, nums)
        check_q(w + " housing_units", r.get("housing_units"), ftext, nums)
        d = r.get("duration")
        if d:
            need(set(d) == {"months", "start", "end", "renewable"}, f"{w}: duration keys")
            m = d["months"]
            ok = (str(m) + " mois") in ftext or (m % 12 == 0 and any(
                x in ftext for x in (f"{m // 12} ans", f"{m // 12} an", {2: "deux ans", 3: "trois ans"}.get(m // 12, "#"))))
            need(ok, f"{w}: duration {m} months not written")
            for y in (d["start"], d["end"]):
                if y:
                    need(y in nums, f"{w}: duration year {y}")
            if d["start"] and d["end"]:
                need((int(d["end"]) - int(d["start"])) * 12 == m or (int(d["end"]) - int(d["start"]) + 1) * 12 == m,
                     f"{w}: duration years vs months")
        c = r.get("cost")
        if c:
            need(set(c) == {"total_eur", "per_year_eur", "per_household_eur"}, f"{w}: cost keys")
            for k, v in c.items():
                if v is not None:
                    need(re.fullmatch(r"\d+(\.\d+)?", v) and v in nums, f"{w}: cost {k} {v} not in document")
        for fu in r.get("funding", []):
            need(set(fu) == {"source", "eur", "share_percent"}, f"{w}: funding keys")
            need(fold(fu["source"]) in ftext, f"{w}: funder")
            for v in (fu["eur"], fu["share_percent"]):
                if v is not None:
                    need(v in nums, f"{w}: funding figure {v}")
        for ct in r.get("contacts", []):
            need(set(ct) >= {"name", "email", "phone"}, f"{w}: contact keys")
            need(fold(ct["name"]) in ftext, f"{w}: contact name {ct['name']!r}")
            if ct["email"]:
                need(ct["email"].lower() in text.lower(), f"{w}: e-mail {ct['email']}")
            if ct["phone"]:
                need(fold(ct["phone"]) in ftext, f"{w}: phone {ct['phone']}")

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
need(set(cl) == {"clusters"}, "clusters.json: keys")
for c in cl["clusters"]:
    need(set(c) == {"records", "why"} and len(c["why"]) > 40 and len(c["records"]) >= 2, "clusters.json: cluster shape")
    for rec in c["records"]:
        need(rec["key"] in keys_by_file.get(rec["file"], set()), f"clusters.json: {rec} not a gold record")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
