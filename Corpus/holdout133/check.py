#!/usr/bin/env python3
"""Checks the holdout133 gold: format of ../gold/README.md, and that every gold value occurs in its document."""
import json, os, re, html, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)

def load_doc(fn):
    b = open(os.path.join(DOCS, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'):
        t = re.sub(r'(?s)<script.*?</script>|<style.*?</style>', ' ', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t
def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'")
    return re.sub(r'\s+', ' ', s).lower()
def has(doc, s): return norm(s) in doc
def amount_forms(a):
    n = int(a); sp = f"{n:,}".replace(',', ' '); forms = [sp, sp.replace(' ', '.'), str(n)]
    if n % 1000 == 0: forms.append(f"{n//1000} k€")
    return forms

DEPS = {"01": "ain", "09": "ariège", "61": "orne", "85": "(85)", "971": "guadeloupe"}
PROJ_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
             "households","housing_units","duration","cost","funding","contacts"}
IDX_KEYS = {"kind","key","section","localisation","organisme","page"}
docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [g[:-5] for g in golds] != docs: err(f"gold files {golds} do not match documents {docs}")
allkeys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g)))
    fn = data.get('file')
    if fn != g[:-5]: err(f"{g}: file field {fn}")
    doc = norm(load_doc(fn))
    keys = set()
    for r in data['records']:
        k = r.get('key'); where = f"{fn} [{k}]"
        if k in keys: err(f"{where}: duplicate key")
        keys.add(k)
        if r['kind'] == 'index_row':
            if set(r) != IDX_KEYS: err(f"{where}: keys {sorted(set(r) ^ IDX_KEYS)}")
            if k != 'index ' + r['section']: err(f"{where}: key/section")
            line_ok = any(all(norm(x) in norm(l) for x in (r['section'], r['localisation'], r['organisme'], r['page']))
                          for l in load_doc(fn).splitlines())
            if not line_ok: err(f"{where}: index row not found on one line")
            continue
        if r['kind'] != 'project': err(f"{where}: kind"); continue
        if set(r) != PROJ_KEYS: err(f"{where}: keys {sorted(set(r) ^ PROJ_KEYS)}")
        if r['section'] is not None:
            if k != r['section'] or not has(doc, r['section'] + '.'): err(f"{where}: section")
        elif fn.startswith('brochure'):
            if k != r['title']: err(f"{where}: brochure key must be the title")
        elif k != 'document': err(f"{where}: key")
        if not isinstance(r['title'], str) or not has(doc, r['title']): err(f"{where}: title {r['title']!r}")
        for f in ('carriers', 'partners'):
            if not isinstance(r[f], list): err(f"{where}: {f} type")
            for v in r[f]:
                if not has(doc, v): err(f"{where}: {f} {v!r} not found")
        t = r['territory']
        if t:
            if not has(doc, t['value']): err(f"{where}: territory {t['value']!r}")
            for d in t['departments']:
                if DEPS[d] not in doc: err(f"{where}: department {d}")
        if r['year'] is not None and (not isinstance(r['year'], int) or f"- {r['year']}" not in doc): err(f"{where}: year")
        if r['mode'] not in (None, 'access', 'maintenance', 'access_and_maintenance'): err(f"{where}: mode")
        for f in ('households', 'housing_units'):
            q = r[f]
            if q is None: continue
            need = {"min","max","per","approximate"} | ({"unit"} if f == 'households' else set())
            if not need <= set(q) or not set(q) <= need | {"unit"}: err(f"{where}: {f} keys")
            if not (isinstance(q['min'], int) and isinstance(q['max'], int) and q['min'] <= q['max']): err(f"{where}: {f} min/max")
            if q['per'] not in ('total', 'year') or not isinstance(q['approximate'], bool): err(f"{where}: {f} per/approx")
            if not q['approximate'] or q['min'] == q['max']:
                for n in {q['min'], q['max']}:
                    if not re.search(r'(?<!\d)(?<!\d )' + str(n) + r'(?!\d)(?! \d{3})', doc): err(f"{where}: {f} {n} not found")
            if q.get('unit') and not has(doc, q['unit']): err(f"{where}: unit {q['unit']!r}")
        d = r['duration']
        if d:
            if set(d) != {"months","start","end","renewable"}: err(f"{where}: duration keys")
            for y in (d['start'], d['end']):
                if y is not None and y not in doc: err(f"{where}: duration year {y}")
            m = d['months']
            forms = [f"{m} mois"] + ([f"{m//12} ans", {24:"deux ans",36:"trois ans"}.get(m, "§")] if m % 12 == 0 else [])
            if not any(x in doc for x in forms) and not (d['start'] and d['end']): err(f"{where}: months {m}")
        c = r['cost']
        if c:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(f"{where}: cost keys")
            for a in c.values():
                if a is None: continue
                if not re.fullmatch(r'\d+', a): err(f"{where}: amount format {a}")
                elif not any(norm(x) in doc for x in amount_forms(a)): err(f"{where}: amount {a} not found")
        for fu in r['funding']:
            if set(fu) != {"source","eur","share_percent"}: err(f"{where}: funding keys")
            if not has(doc, fu['source']): err(f"{where}: funder {fu['source']!r}")
            if fu['eur'] and not any(norm(x) in doc for x in amount_forms(fu['eur'])): err(f"{where}: funding amount {fu['eur']}")
            if fu['share_percent'] and not re.search(re.escape(fu['share_percent']) + r' ?%', doc): err(f"{where}: share {fu['share_percent']}")
        for ct in r['contacts']:
            if set(ct) != {"name","email","phone"}: err(f"{where}: contact keys")
            for f in ('name', 'email', 'phone'):
                if ct[f] is not None and not has(doc, ct[f]): err(f"{where}: contact {f} {ct[f]!r}")
    allkeys[fn] = keys
cl = json.load(open(os.path.join(GOLD, 'clusters.json')))
for c in cl['clusters']:
    if not c.get('why') or len(c['records']) < 2: err("cluster without why or with < 2 records")
    for rec in c['records']:
        if rec['key'] not in allkeys.get(rec['file'], ()): err(f"cluster record {rec} not in gold")
print("\n".join(errors) if errors else f"clean: {len(golds)} gold files, {sum(len(v) for v in allkeys.values())} records")
sys.exit(1 if errors else 0)
