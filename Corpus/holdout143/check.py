#!/usr/bin/env python3
"""Check the holdout143 gold: format of ../gold/README.md, and every gold value present in its document."""
import json, re, html, glob, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0',' ').replace('\u202f',' ').replace('’',"'").replace('œ','oe').replace('Œ','OE')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+',' ', s)
def load(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return fold(t)
def has(text, s, what):
    if fold(s) not in text: err(f'{what}: {s!r} not found')
def spaced(n):
    n = int(n); s = f'{n:,}'.replace(',', ' ')
    return s
def typ(v, t, what):
    if not isinstance(v, t): err(f'{what}: type {type(v).__name__}')
def check_q(q, what, housing=False):
    if q is None: return
    keys = {"min","max","per","approximate"} | (set() if housing else {"unit"})
    if not set(q) <= keys or not {"min","max","per","approximate"} <= set(q): err(f'{what}: keys {sorted(q)}')
    typ(q["min"], int, what); typ(q["max"], int, what); typ(q["approximate"], bool, what)
    if q["per"] not in ("total","year"): err(f'{what}: per {q["per"]}')
    if q["min"] > q["max"]: err(f'{what}: min > max')
for gf in sorted(glob.glob(os.path.join(GOLD, '*.json'))):
    g = json.load(open(gf, encoding='utf-8'))
    if os.path.basename(gf) == 'clusters.json':
        for c in g["clusters"]:
            typ(c["why"], str, 'why')
            for r in c["records"]:
                d = json.load(open(os.path.join(GOLD, r["file"] + '.json'), encoding='utf-8'))
                if r["key"] not in [x["key"] for x in d["records"]]: err(f'cluster key {r} missing')
        continue
    fn = g["file"]
    if os.path.basename(gf) != fn + '.json': err(f'{gf}: file name mismatch')
    text = load(fn); keys = set()
    for r in g["records"]:
        w = f'{fn} [{r.get("key")}]'
        if r["key"] in keys: err(f'{w}: duplicate key')
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(f'{w}: keys {sorted(r)}')
            if r["key"] != "index " + r["section"]: err(f'{w}: key')
            for k in ("section","localisation","organisme","page"): has(text, r[k], f'{w} {k}')
            continue
        if r["kind"] != "project" or set(r) != PROJECT_KEYS: err(f'{w}: kind/keys {sorted(r)}')
        if r["section"] is not None:
            if r["key"] != r["section"]: err(f'{w}: key != section')
            has(text, r["section"] + '.', f'{w} section')
        has(text, r["title"], f'{w} title')
        for k in ("carriers","partners"):
            typ(r[k], list, w)
            for v in r[k]: has(text, v, f'{w} {k}')
        t = r["territory"]
        if t is not None:
            has(text, t["value"], f'{w} territory')
            for d in t["departments"]:
                if not re.fullmatch(r'\d{2,3}', d): err(f'{w}: department {d}')
        if r["year"] is not None: typ(r["year"], int, w); has(text, str(r["year"]), f'{w} year')
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(f'{w}: mode')
        for k in ("households","housing_units"):
            q = r[k]; check_q(q, f'{w} {k}', k == "housing_units")
            if q and not (q["approximate"] and q["min"] != q["max"]):
                for n in {q["min"], q["max"]}:
                    if not re.search(r'(?<!\d)(?<!\d )' + str(n) + r'(?!\d)(?! \d{3})', text): err(f'{w} {k}: {n} not found')
            if q and q.get("unit"): has(text, q["unit"], f'{w} unit')
        du = r["duration"]
        if du is not None:
            if set(du) != {"months","start","end","renewable"}: err(f'{w}: duration keys')
            typ(du["months"], int, w); typ(du["renewable"], bool, w)
            for k in ("start","end"):
                if du[k] is not None: has(text, du[k], f'{w} duration {k}')
            if du["start"] and du["end"] and not (0 < du["months"] <= 12 * (int(du["end"]) - int(du["start"]) + 1)):
                err(f'{w}: months vs years')
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f'{w}: cost keys')
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', v): err(f'{w}: cost {k} {v}')
                elif int(v) % 1000 == 0 and f'{int(v)//1000} k€' in text: pass
                else: has(text, spaced(v), f'{w} cost {k}')
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(f'{w}: funding keys')
            has(text, f["source"], f'{w} funder')
            if f["eur"]: has(text, spaced(f["eur"]), f'{w} funder eur')
            if f["share_percent"]:
                if not re.search(re.escape(fold(f["source"])) + r'[^%]{0,40}?' + f["share_percent"] + r' ?%', text) and \
                   not re.search(f["share_percent"] + r' ?%\)?[^%]{0,3}', text): err(f'{w} share {f}')
        for p in r["contacts"]:
            if set(p) != {"name","email","phone"}: err(f'{w}: contact keys')
            has(text, p["name"], f'{w} contact name')
            if p["email"]: has(text, p["email"], f'{w} e-mail')
            if p["phone"]: has(text, p["phone"], f'{w} phone')
print('\n'.join(errors) if errors else 'clean: no miss')
sys.exit(1 if errors else 0)
