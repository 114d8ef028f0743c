/// French départements and towns: where the projects take place.
enum Gazetteer {
    /// The départements, with some of their towns, the first being the largest.
    static let departments: [Department] = [
        Department("Aisne", "02", "de l'", ["Saint-Quentin", "Soissons", "Laon", "Chauny", "Villers-Cotterêts", "Hirson", "Tergnier", "Bohain-en-Vermandois", "Guise"]),
        Department("Allier", "03", "de l'", ["Montluçon", "Moulins", "Vichy", "Yzeure", "Cusset", "Commentry", "Gannat", "Domérat"]),
        Department("Alpes-Maritimes", "06", "des ", ["Nice", "Cannes", "Antibes", "Grasse", "Menton", "Vallauris", "Cagnes-sur-Mer", "Le Cannet", "Carros"]),
        Department("Ardennes", "08", "des ", ["Charleville-Mézières", "Sedan", "Rethel", "Revin", "Givet", "Nouzonville", "Vouziers"]),
        Department("Aube", "10", "de l'", ["Troyes", "Romilly-sur-Seine", "Bar-sur-Aube", "La Chapelle-Saint-Luc", "Saint-André-les-Vergers", "Nogent-sur-Seine", "Sainte-Savine"]),
        Department("Bouches-du-Rhône", "13", "des ", ["Marseille", "Aix-en-Provence", "Aubagne", "Martigues", "Arles", "Istres", "Salon-de-Provence", "Vitrolles", "Marignane", "La Ciotat"]),
        Department("Calvados", "14", "du ", ["Caen", "Lisieux", "Bayeux", "Hérouville-Saint-Clair", "Vire", "Falaise", "Honfleur", "Ifs", "Mondeville"]),
        Department("Charente-Maritime", "17", "de la ", ["La Rochelle", "Rochefort", "Saintes", "Royan", "Aytré", "Saint-Jean-d'Angély", "Lagord", "Surgères"]),
        Department("Côte-d'Or", "21", "de la ", ["Dijon", "Beaune", "Chenôve", "Talant", "Quetigny", "Longvic", "Montbard", "Auxonne", "Is-sur-Tille"]),
        Department("Côtes-d'Armor", "22", "des ", ["Saint-Brieuc", "Lannion", "Dinan", "Guingamp", "Lamballe", "Loudéac", "Plérin", "Paimpol", "Ploufragan"]),
        Department("Doubs", "25", "du ", ["Besançon", "Montbéliard", "Pontarlier", "Audincourt", "Valentigney", "Baume-les-Dames", "Morteau", "Bethoncourt", "Ornans"]),
        Department("Drôme", "26", "de la ", ["Valence", "Montélimar", "Crest", "Pierrelatte", "Die", "Livron-sur-Drôme", "Portes-lès-Valence", "Nyons"]),
        Department("Finistère", "29", "du ", ["Brest", "Quimper", "Morlaix", "Concarneau", "Landerneau", "Douarnenez", "Quimperlé", "Landivisiau", "Guipavas"]),
        Department("Gard", "30", "du ", ["Nîmes", "Alès", "Bagnols-sur-Cèze", "Beaucaire", "Vauvert", "Saint-Gilles", "Le Vigan", "Pont-Saint-Esprit", "Uzès"]),
        Department("Haute-Garonne", "31", "de la ", ["Toulouse", "Colomiers", "Muret", "Blagnac", "Tournefeuille", "Cugnaux", "Saint-Gaudens", "Balma", "L'Union", "Ramonville-Saint-Agne"]),
        Department("Gironde", "33", "de la ", ["Bordeaux", "Mérignac", "Pessac", "Libourne", "Talence", "Bègles", "Lormont", "Cenon", "Floirac", "Arcachon"]),
        Department("Hérault", "34", "de l'", ["Montpellier", "Béziers", "Sète", "Lunel", "Agde", "Frontignan", "Lattes", "Castelnau-le-Lez", "Mauguio", "Lodève"]),
        Department("Ille-et-Vilaine", "35", "d'", ["Rennes", "Saint-Malo", "Fougères", "Vitré", "Redon", "Bruz", "Cesson-Sévigné", "Betton", "Saint-Jacques-de-la-Lande"]),
        Department("Indre-et-Loire", "37", "d'", ["Tours", "Joué-lès-Tours", "Amboise", "Chinon", "Saint-Pierre-des-Corps", "Saint-Avertin", "Loches", "Chambray-lès-Tours", "Ballan-Miré"]),
        Department("Isère", "38", "de l'", ["Grenoble", "Échirolles", "Voiron", "Bourgoin-Jallieu", "Saint-Martin-d'Hères", "Fontaine", "Meylan", "Villefontaine", "Saint-Égrève"]),
        Department("Loire-Atlantique", "44", "de la ", ["Nantes", "Saint-Nazaire", "Rezé", "Saint-Herblain", "Orvault", "Vertou", "Carquefou", "La Baule-Escoublac", "Châteaubriant", "Ancenis"]),
        Department("Loiret", "45", "du ", ["Orléans", "Montargis", "Gien", "Pithiviers", "Saint-Jean-de-Braye", "Fleury-les-Aubrais", "Olivet", "Saran", "Briare"]),
        Department("Maine-et-Loire", "49", "du ", ["Angers", "Cholet", "Saumur", "Trélazé", "Avrillé", "Les Ponts-de-Cé", "Segré", "Saint-Barthélemy-d'Anjou", "Doué-en-Anjou"]),
        Department("Marne", "51", "de la ", ["Reims", "Épernay", "Vitry-le-François", "Sézanne", "Tinqueux", "Sainte-Menehould", "Fismes", "Mourmelon-le-Grand"]),
        Department("Mayenne", "53", "de la ", ["Laval", "Château-Gontier", "Évron", "Mayenne", "Ernée", "Bonchamp-lès-Laval", "Saint-Berthevin", "Craon"]),
        Department("Meurthe-et-Moselle", "54", "de ", ["Nancy", "Vandœuvre-lès-Nancy", "Lunéville", "Toul", "Pont-à-Mousson", "Laxou", "Villers-lès-Nancy", "Longwy", "Briey"]),
        Department("Morbihan", "56", "du ", ["Lorient", "Vannes", "Lanester", "Pontivy", "Auray", "Ploërmel", "Hennebont", "Quiberon", "Guidel"]),
        Department("Moselle", "57", "de la ", ["Metz", "Thionville", "Forbach", "Sarreguemines", "Montigny-lès-Metz", "Woippy", "Saint-Avold", "Hayange", "Creutzwald", "Sarrebourg"]),
        Department("Nord", "59", "du ", ["Lille", "Roubaix", "Tourcoing", "Dunkerque", "Valenciennes", "Maubeuge", "Douai", "Cambrai", "Armentières", "Wattrelos", "Villeneuve-d'Ascq", "Grande-Synthe", "Hazebrouck", "Denain", "Anzin"]),
        Department("Oise", "60", "de l'", ["Beauvais", "Compiègne", "Creil", "Nogent-sur-Oise", "Noyon", "Senlis", "Clermont", "Méru", "Crépy-en-Valois"]),
        Department("Pas-de-Calais", "62", "du ", ["Arras", "Lens", "Calais", "Boulogne-sur-Mer", "Béthune", "Oignies", "Liévin", "Hénin-Beaumont", "Saint-Omer", "Bruay-la-Buissière", "Carvin", "Avion"]),
        Department("Puy-de-Dôme", "63", "du ", ["Clermont-Ferrand", "Riom", "Thiers", "Cournon-d'Auvergne", "Issoire", "Chamalières", "Aubière", "Ambert", "Beaumont"]),
        Department("Pyrénées-Atlantiques", "64", "des ", ["Pau", "Bayonne", "Anglet", "Biarritz", "Oloron-Sainte-Marie", "Hendaye", "Orthez", "Lons", "Billère"]),
        Department("Bas-Rhin", "67", "du ", ["Strasbourg", "Haguenau", "Schiltigheim", "Sélestat", "Illkirch-Graffenstaden", "Bischheim", "Lingolsheim", "Saverne", "Obernai", "Bischwiller"]),
        Department("Haut-Rhin", "68", "du ", ["Mulhouse", "Colmar", "Saint-Louis", "Guebwiller", "Wittenheim", "Illzach", "Kingersheim", "Riedisheim", "Thann", "Cernay"]),
        Department("Rhône", "69", "du ", ["Lyon", "Villeurbanne", "Vénissieux", "Vaulx-en-Velin", "Bron", "Rillieux-la-Pape", "Saint-Priest", "Givors", "Oullins", "Décines-Charpieu", "Villefranche-sur-Saône"]),
        Department("Sarthe", "72", "de la ", ["Le Mans", "La Flèche", "Sablé-sur-Sarthe", "Allonnes", "Coulaines", "Château-du-Loir", "Mamers", "Arnage"]),
        Department("Savoie", "73", "de la ", ["Chambéry", "Aix-les-Bains", "Albertville", "La Motte-Servolex", "Saint-Jean-de-Maurienne", "Montmélian", "Ugine", "Bourg-Saint-Maurice"]),
        Department("Seine-Maritime", "76", "de la ", ["Rouen", "Le Havre", "Dieppe", "Elbeuf", "Fécamp", "Sotteville-lès-Rouen", "Saint-Étienne-du-Rouvray", "Le Grand-Quevilly", "Montivilliers", "Bolbec"]),
        Department("Seine-et-Marne", "77", "de ", ["Meaux", "Melun", "Chelles", "Pontault-Combault", "Torcy", "Savigny-le-Temple", "Noisiel", "Provins"]),
        Department("Yvelines", "78", "des ", ["Versailles", "Mantes-la-Jolie", "Les Mureaux", "Trappes", "Poissy", "Sartrouville", "Plaisir", "Élancourt", "Guyancourt", "Rambouillet"]),
        Department("Somme", "80", "de la ", ["Amiens", "Abbeville", "Albert", "Péronne", "Doullens", "Montdidier", "Ham", "Friville-Escarbotin"]),
        Department("Var", "83", "du ", ["Toulon", "Hyères", "Fréjus", "La Seyne-sur-Mer", "Draguignan", "Brignoles", "Six-Fours-les-Plages", "Saint-Raphaël", "La Garde"]),
        Department("Vaucluse", "84", "du ", ["Avignon", "Carpentras", "Orange", "Cavaillon", "Le Pontet", "Pertuis", "Apt", "Bollène", "L'Isle-sur-la-Sorgue"]),
        Department("Vendée", "85", "de la ", ["La Roche-sur-Yon", "Les Sables-d'Olonne", "Challans", "Fontenay-le-Comte", "Luçon", "Les Herbiers", "Montaigu", "Aizenay"]),
        Department("Haute-Vienne", "87", "de la ", ["Limoges", "Saint-Junien", "Panazol", "Couzeix", "Isle", "Ambazac", "Bellac", "Saint-Yrieix-la-Perche"]),
        Department("Vosges", "88", "des ", ["Épinal", "Saint-Dié-des-Vosges", "Remiremont", "Gérardmer", "Thaon-les-Vosges", "Golbey", "Rambervillers", "Mirecourt"]),
        Department("Essonne", "91", "de l'", ["Évry-Courcouronnes", "Corbeil-Essonnes", "Massy", "Grigny", "Les Ulis", "Palaiseau", "Savigny-sur-Orge", "Viry-Châtillon", "Étampes", "Athis-Mons"]),
        Department("Hauts-de-Seine", "92", "des ", ["Nanterre", "Gennevilliers", "Colombes", "Bagneux", "Clichy", "Villeneuve-la-Garenne", "Asnières-sur-Seine", "Malakoff", "Clamart", "Châtenay-Malabry"]),
        Department("Seine-Saint-Denis", "93", "de la ", ["Bobigny", "Saint-Denis", "Montreuil", "Aubervilliers", "Sevran", "Bondy", "Drancy", "Clichy-sous-Bois", "Stains", "La Courneuve", "Pantin"]),
        Department("Val-de-Marne", "94", "du ", ["Créteil", "Vitry-sur-Seine", "Fontenay-sous-Bois", "Ivry-sur-Seine", "Choisy-le-Roi", "Orly", "Villejuif", "Champigny", "Bonneuil", "Alfortville"]),
        Department("Val-d'Oise", "95", "du ", ["Cergy", "Argenteuil", "Sarcelles", "Garges-lès-Gonesse", "Villiers-le-Bel", "Goussainville", "Bezons", "Pontoise", "Gonesse", "Ermont"]),
    ]
}

/// A French département: its name, its code, and how French says "of" it.
struct Department {
    let name: String
    let code: String
    /// `du `, `de la `, `de l'`, `des `, `d'` or `de `: "of" before the name.
    let of: String
    let towns: [String]

    init(_ name: String, _ code: String, _ of: String, _ towns: [String]) {
        self.name = name
        self.code = code
        self.of = of
        self.towns = towns
    }

    /// "Of the département" (`du Nord`, `de la Mayenne`).
    var ofName: String { of + name }
}

/// Where a project takes place: a town of a département.
struct Place {
    let town: String
    let department: Department
}
