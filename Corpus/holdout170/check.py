#!/usr/bin/env python3
"""Checks holdout170 gold: keys/types per ../gold/README.md, index rows in the guide, values present in documents."""
import json, os, re, sys, html, unicodedata, glob
H = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(H, 'documents'), os.path.join(H, 'gold')
errs = []
def fold(s):
    s = s.replace('\u2019', "'").replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae')
    s = s.replace('\xa0', ' ').replace('\u202f', ' ').replace('–', '-').replace('—', '-')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def load(name):
    b = open(os.path.join(DOC, name), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if name.endswith('.html'):
        t = re.sub(r'<(script|style)\b.*?</\1>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    return fold(t)
def spaced(n):  # 163290 -> '163 290'
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def need(cond, msg):
    if not cond: errs.append(msg)
def occurs(text, val, where):
    need(fold(str(val)) in text, f'{where}: {val!r} not found')
def amount(text, eur, where):
    n = int(eur)
    forms = [spaced(n), str(n)]
    if n % 1000 == 0: forms.append(f'{n//1000} k€'.lower())
    if n >= 1000000: forms.append(f'{n/1000000:g}'.replace('.', ',') + ' million')
    need(any(fold(f) in text for f in forms), f'{where}: amount {eur} not found')
def quantity(q, where, text):
    if q is None: return
    need(isinstance(q, dict) and {"min","max","per","approximate"} <= set(q), f'{where}: bad quantity keys')
    need(isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"], f'{where}: min/max')
    need(q["per"] in ("total","year"), f'{where}: per')
    need(isinstance(q["approximate"], bool), f'{where}: approximate')
    if not q["approximate"]:
        occurs(text, q["min"], where)
        occurs(text, q["max"], where)
    if "unit" in q: occurs(text, q["unit"], where + ' unit')
files = sorted(f for f in os.listdir(GOLD) if f.endswith('.json') and f != 'clusters.json')
need(sorted(f[:-5] for f in files) == sorted(os.listdir(DOC)), 'gold files do not match documents')
keys_by_file = {}
for f in files:
    g = json.load(open(os.path.join(GOLD, f)))
    name = f[:-5]; text = load(name)
    need(set(g) == {"file","records"} and g["file"] == name, f'{f}: top-level keys/file')
    keys = [r["key"] for r in g["records"]]
    need(len(keys) == len(set(keys)), f'{f}: duplicate keys'); keys_by_file[name] = set(keys)
    for r in g["records"]:
        w = f'{name}[{r["key"]}]'
        if r["kind"] == "index_row":
            need(set(r) == IKEYS and r["key"] == "index " + r["section"], f'{w}: index keys')
            raw = open(os.path.join(DOC, name), encoding='utf-8').read()
            need(any(l.split('\t')[:4] == [r["section"], r["localisation"], r["organisme"], r["page"]] for l in raw.splitlines()), f'{w}: index row not in guide')
            continue
        need(r["kind"] == "project" and set(r) == PKEYS, f'{w}: project keys {set(r) ^ PKEYS}')
        if r["section"]: occurs(text, r["section"] + '.', w + ' section')
        need(isinstance(r["title"], str), f'{w}: title'); occurs(text, r["title"], w + ' title')
        for k in ("carriers", "partners"):
            need(isinstance(r[k], list), f'{w}: {k}')
            for v in r[k]: occurs(text, v, f'{w} {k}')
        t = r["territory"]
        if t:
            need(set(t) == {"value","departments"} and all(isinstance(d, str) for d in t["departments"]), f'{w}: territory')
            occurs(text, t["value"], w + ' territory')
        if r["year"] is not None: need(isinstance(r["year"], int), f'{w}: year'); occurs(text, r["year"], w + ' year')
        need(r["mode"] in (None, "access", "maintenance", "access_and_maintenance"), f'{w}: mode')
        quantity(r["households"], w + ' households', text); quantity(r["housing_units"], w + ' housing', text)
        d = r["duration"]
        if d:
            need(set(d) == {"months","start","end","renewable"} and isinstance(d["renewable"], bool), f'{w}: duration keys')
            need(d["months"] is None or isinstance(d["months"], int), f'{w}: months')
            for k in ("start", "end"):
                if d[k]: need(isinstance(d[k], str), f'{w}: {k}'); occurs(text, d[k], f'{w} {k}')
        c = r["cost"]
        if c:
            need(set(c) == {"total_eur","per_year_eur","per_household_eur"}, f'{w}: cost keys')
            for k, v in c.items():
                if v is not None: need(isinstance(v, str) and v.isdigit(), f'{w}: {k} string'); amount(text, v, f'{w} {k}')
        for fu in r["funding"]:
            need(set(fu) == {"source","eur","share_percent"}, f'{w}: funding keys'); occurs(text, fu["source"], w + ' funder')
            if fu["eur"]: amount(text, fu["eur"], w + ' funding')
            if fu["share_percent"]: occurs(text, fu["share_percent"] + ' %', w + ' share')
        for p in r["contacts"]:
            need(set(p) == {"name","email","phone"}, f'{w}: contact keys'); occurs(text, p["name"], w + ' contact')
            if p["email"]: occurs(text, p["email"], w + ' email')
            if p["phone"]: occurs(text, p["phone"], w + ' phone')
cl = json.load(open(os.path.join(GOLD, 'clusters.json')))
for c in cl["clusters"]:
    need(c.get("why") and len(c["records"]) >= 2, 'clusters: shape')
    for rr in c["records"]: need(rr["key"] in keys_by_file.get(rr["file"], ()), f'clusters: {rr} unknown')
print('\n'.join(errs) if errs else 'OK')
sys.exit(1 if errs else 0)
