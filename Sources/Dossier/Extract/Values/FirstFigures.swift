/// Words that tell the figures after them in their sentence are the ones first filed, which a
/// later decision may have replaced: a plan told in the past (`Le dossier déposé prévoyait 24
/// foyers`, `Ce que demandait le porteur : 16 familles par an`, `nous avions annoncé 14
/// personnes`, `Le dossier parlait de 14 ménages`, `avait été déposé … avec un objectif de
/// 14`, `au départ, 18 ménages`, `dans une première version, le budget s'élevait à`), or the
/// old figure a new one is set against (`contre 18`, `au lieu des 14`). Words of revision
/// between them and the figure (`ramené à`, `le comité`, `désormais`, `mais`) end their
/// reach: `prévoyait 18 ménages, ramenés à 14`. They count only in a text that tells a
/// revision (`révisé`, `ramené`, `porté à`, `a porté l'objectif à`, `avenant`): a report
/// that says what a project planned (`Le projet prévoyait d'accueillir 15 personnes par an`)
/// and then what it did gives the plan.
enum FirstFigures {
    private static let lead = Regex.builtIn(
        #"(?:\b(?:prévoy|annonç|vis|demand|compt|tabl|promett|affich|chiffr|envisage|parl|évoqu|mentionn|indiqu)ai(?:en)?t\b|\b(?:avions|avait|avaient|avais|aviez)\s+(?:(?:d['’]abord|initialement|alors|bien)\s+)?(?:été\s+)?(?:annoncé|demandé|prévu|promis|visé|chiffré|inscrit|écrit|déposé|proposé|envisagé|sollicité)e?s?\b|\bdossier\s+(?:déposé|initial|d['’]origine)|\bchiffres\s+de\s+(?:la\s+)?candidature|\bau\s+dépôt\b|\bà\s+l['’]origine\b|\b(?:première|1re)\s+version\b|\bversion\s+(?:initiale|d['’]origine)\b|\binitialement\b|\bau\s+départ\b)(?:(?!\b(?:ramen|revu|révis|retenu|retien|finalement|désormais|aujourd|mais\b|porté|réduit|abaiss|relev|pass[eé]|depuis|comité|avenant|élargi))[^.;!?\n]){0,160}$|\b(?:contre|au\s+lieu\s+d(?:e|es|u))\s+(?:les\s+)?$"#,
        options: .caseless
    )

    private static let revision = Regex.builtIn(
        #"\b(?:révis|ramen|revu|rédui|abaiss|avenant|désormais|finalement|modifi|ajust|corrig|recalcul|actualis|élargi|retient|retiennent)|\b(?:porté|relevé)(?:e|s|es)?\s+(?:(?:l['’]|le\s+|la\s+|les\s+)\p{L}+\s+)?à\b"#,
        options: .caseless
    )

    /// Whether `prose` tells a revision of its figures anywhere.
    static func revisionIsTold(in prose: ValueText) -> Bool {
        !prose.matches(of: revision, maximum: 1).isEmpty
    }

    /// Whether the figure at `offset` of `prose` is one first filed, by the words before it
    /// in its sentence.
    static func lead(to offset: Int, in prose: ValueText) -> Bool {
        prose.isPreceded(by: lead, at: offset, window: 200)
    }

    /// How much a phrase's confidence counts when it reads a first-filed figure: under half,
    /// so that a figure told otherwise wins, even by a last resort against a phrase of 0.6
    /// (`Le dossier déposé prévoyait d'accompagner 14 ménages`, then `l'objectif passe à 17
    /// ménages`), and the first one still stands alone.
    static let weight = 0.45
}
