"""Regions and municipalities with the inflected forms that texts need ("Tampereella", "Turusta").

Finnish place names take either the inner (-ssa, "Turussa") or the outer
(-lla, "Tampereella") locative case and the choice is lexical, so the forms are
written out per place instead of being derived by rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True)
class Region:
    code: str
    fi: str  # nominative: "Pirkanmaa"
    fi_gen: str  # "Pirkanmaan"
    fi_loc: str  # "Pirkanmaalla"
    sv: str  # "Birkaland"
    sv_loc: str  # "i Birkaland" / "på Åland"
    en: str


@dataclass(frozen=True)
class Municipality:
    fi: str  # official Finnish name, as in taxonomy.json
    sv: str  # Swedish name; the Finnish one where Swedish has none
    fi_loc: str  # "Tampereella"
    fi_ela: str  # "Tampereelta"
    fi_gen: str  # "Tampereen"
    population: float  # thousands, rounded: the weight of the place in the demo
    swedish_share: float  # share of Swedish speakers, 0..1
    region: str = ""

    @property
    def en(self) -> str:
        """English usually follows the majority language's name ("Jakobstad", but "Vaasa")."""
        return self.sv if self.swedish_share >= 0.5 else self.fi

    @property
    def is_town(self) -> bool:
        """Big enough to host a city orchestra, museum or theatre in the demo."""
        return self.population >= 20


_REGIONS = (
    Region("ahvenanmaa", "Ahvenanmaa", "Ahvenanmaan", "Ahvenanmaalla", "Åland", "på Åland", "Åland"),
    Region("etela-karjala", "Etelä-Karjala", "Etelä-Karjalan", "Etelä-Karjalassa", "Södra Karelen", "i Södra Karelen", "South Karelia"),
    Region("etela-pohjanmaa", "Etelä-Pohjanmaa", "Etelä-Pohjanmaan", "Etelä-Pohjanmaalla", "Södra Österbotten", "i Södra Österbotten", "South Ostrobothnia"),
    Region("etela-savo", "Etelä-Savo", "Etelä-Savon", "Etelä-Savossa", "Södra Savolax", "i Södra Savolax", "South Savo"),
    Region("kanta-hame", "Kanta-Häme", "Kanta-Hämeen", "Kanta-Hämeessä", "Egentliga Tavastland", "i Egentliga Tavastland", "Tavastia Proper"),
    Region("kymenlaakso", "Kymenlaakso", "Kymenlaakson", "Kymenlaaksossa", "Kymmenedalen", "i Kymmenedalen", "Kymenlaakso"),
    Region("pirkanmaa", "Pirkanmaa", "Pirkanmaan", "Pirkanmaalla", "Birkaland", "i Birkaland", "Pirkanmaa"),
    Region("pohjanmaa", "Pohjanmaa", "Pohjanmaan", "Pohjanmaalla", "Österbotten", "i Österbotten", "Ostrobothnia"),
    Region("pohjois-karjala", "Pohjois-Karjala", "Pohjois-Karjalan", "Pohjois-Karjalassa", "Norra Karelen", "i Norra Karelen", "North Karelia"),
    Region("pohjois-pohjanmaa", "Pohjois-Pohjanmaa", "Pohjois-Pohjanmaan", "Pohjois-Pohjanmaalla", "Norra Österbotten", "i Norra Österbotten", "North Ostrobothnia"),
    Region("pohjois-savo", "Pohjois-Savo", "Pohjois-Savon", "Pohjois-Savossa", "Norra Savolax", "i Norra Savolax", "North Savo"),
    Region("paijat-hame", "Päijät-Häme", "Päijät-Hämeen", "Päijät-Hämeessä", "Päijänne-Tavastland", "i Päijänne-Tavastland", "Päijät-Häme"),
    Region("satakunta", "Satakunta", "Satakunnan", "Satakunnassa", "Satakunta", "i Satakunta", "Satakunta"),
    Region("uusimaa", "Uusimaa", "Uudenmaan", "Uudellamaalla", "Nyland", "i Nyland", "Uusimaa"),
    Region("varsinais-suomi", "Varsinais-Suomi", "Varsinais-Suomen", "Varsinais-Suomessa", "Egentliga Finland", "i Egentliga Finland", "Southwest Finland"),
)
REGIONS = {region.code: region for region in _REGIONS}

M = Municipality
_MUNICIPALITIES = {
    "uusimaa": (
        M("Helsinki", "Helsingfors", "Helsingissä", "Helsingistä", "Helsingin", 675, 0.055),
        M("Espoo", "Esbo", "Espoossa", "Espoosta", "Espoon", 315, 0.065),
        M("Vantaa", "Vanda", "Vantaalla", "Vantaalta", "Vantaan", 250, 0.02),
        M("Porvoo", "Borgå", "Porvoossa", "Porvoosta", "Porvoon", 51, 0.28),
        M("Raasepori", "Raseborg", "Raaseporissa", "Raaseporista", "Raaseporin", 27, 0.64),
        M("Kirkkonummi", "Kyrkslätt", "Kirkkonummella", "Kirkkonummelta", "Kirkkonummen", 41, 0.15),
        M("Lohja", "Lojo", "Lohjalla", "Lohjalta", "Lohjan", 46, 0.035),
        M("Hyvinkää", "Hyvinge", "Hyvinkäällä", "Hyvinkäältä", "Hyvinkään", 47, 0.01),
        M("Järvenpää", "Träskända", "Järvenpäässä", "Järvenpäästä", "Järvenpään", 45, 0.01),
        M("Kerava", "Kervo", "Keravalla", "Keravalta", "Keravan", 38, 0.013),
        M("Tuusula", "Tusby", "Tuusulassa", "Tuusulasta", "Tuusulan", 40, 0.015),
        M("Nurmijärvi", "Nurmijärvi", "Nurmijärvellä", "Nurmijärveltä", "Nurmijärven", 44, 0.01),
        M("Sipoo", "Sibbo", "Sipoossa", "Sipoosta", "Sipoon", 23, 0.33),
        M("Loviisa", "Lovisa", "Loviisassa", "Loviisasta", "Loviisan", 14, 0.40),
        M("Kauniainen", "Grankulla", "Kauniaisissa", "Kauniaisista", "Kauniaisten", 10, 0.33),
        M("Inkoo", "Ingå", "Inkoossa", "Inkoosta", "Inkoon", 5, 0.53),
        M("Hanko", "Hangö", "Hangossa", "Hangosta", "Hangon", 8, 0.41),
        M("Vihti", "Vichtis", "Vihdissä", "Vihdistä", "Vihdin", 29, 0.015),
    ),
    "varsinais-suomi": (
        M("Turku", "Åbo", "Turussa", "Turusta", "Turun", 202, 0.05),
        M("Salo", "Salo", "Salossa", "Salosta", "Salon", 51, 0.01),
        M("Kaarina", "S:t Karins", "Kaarinassa", "Kaarinasta", "Kaarinan", 36, 0.04),
        M("Raisio", "Reso", "Raisiossa", "Raisiosta", "Raision", 25, 0.015),
        M("Naantali", "Nådendal", "Naantalissa", "Naantalista", "Naantalin", 20, 0.035),
        M("Lieto", "Lundo", "Liedossa", "Liedosta", "Liedon", 21, 0.01),
        M("Parainen", "Pargas", "Paraisilla", "Paraisilta", "Paraisten", 15, 0.55),
        M("Kemiönsaari", "Kimitoön", "Kemiönsaarella", "Kemiönsaarelta", "Kemiönsaaren", 7, 0.68),
        M("Uusikaupunki", "Nystad", "Uudessakaupungissa", "Uudestakaupungista", "Uudenkaupungin", 15, 0.005),
        M("Loimaa", "Loimaa", "Loimaalla", "Loimaalta", "Loimaan", 15, 0.003),
        M("Masku", "Masku", "Maskussa", "Maskusta", "Maskun", 10, 0.005),
        M("Paimio", "Pemar", "Paimiossa", "Paimiosta", "Paimion", 11, 0.01),
    ),
    "satakunta": (
        M("Pori", "Björneborg", "Porissa", "Porista", "Porin", 83, 0.006),
        M("Rauma", "Raumo", "Raumalla", "Raumalta", "Rauman", 38, 0.004),
        M("Ulvila", "Ulvsby", "Ulvilassa", "Ulvilasta", "Ulvilan", 13, 0.004),
        M("Kankaanpää", "Kankaanpää", "Kankaanpäässä", "Kankaanpäästä", "Kankaanpään", 11, 0.002),
        M("Eura", "Eura", "Eurassa", "Eurasta", "Euran", 11, 0.002),
        M("Harjavalta", "Harjavalta", "Harjavallassa", "Harjavallasta", "Harjavallan", 7, 0.002),
        M("Huittinen", "Vittis", "Huittisissa", "Huittisista", "Huittisten", 10, 0.002),
        M("Kokemäki", "Kumo", "Kokemäellä", "Kokemäeltä", "Kokemäen", 7, 0.002),
    ),
    "kanta-hame": (
        M("Hämeenlinna", "Tavastehus", "Hämeenlinnassa", "Hämeenlinnasta", "Hämeenlinnan", 68, 0.005),
        M("Riihimäki", "Riihimäki", "Riihimäellä", "Riihimäeltä", "Riihimäen", 29, 0.004),
        M("Forssa", "Forssa", "Forssassa", "Forssasta", "Forssan", 17, 0.003),
        M("Janakkala", "Janakkala", "Janakkalassa", "Janakkalasta", "Janakkalan", 16, 0.003),
        M("Hattula", "Hattula", "Hattulassa", "Hattulasta", "Hattulan", 10, 0.003),
        M("Loppi", "Loppi", "Lopella", "Lopelta", "Lopen", 8, 0.004),
        M("Hausjärvi", "Hausjärvi", "Hausjärvellä", "Hausjärveltä", "Hausjärven", 8, 0.004),
    ),
    "pirkanmaa": (
        M("Tampere", "Tammerfors", "Tampereella", "Tampereelta", "Tampereen", 255, 0.004),
        M("Nokia", "Nokia", "Nokialla", "Nokialta", "Nokian", 35, 0.003),
        M("Ylöjärvi", "Ylöjärvi", "Ylöjärvellä", "Ylöjärveltä", "Ylöjärven", 34, 0.003),
        M("Kangasala", "Kangasala", "Kangasalla", "Kangasalta", "Kangasalan", 33, 0.003),
        M("Lempäälä", "Lempäälä", "Lempäälässä", "Lempäälästä", "Lempäälän", 25, 0.003),
        M("Pirkkala", "Birkala", "Pirkkalassa", "Pirkkalasta", "Pirkkalan", 20, 0.003),
        M("Sastamala", "Sastamala", "Sastamalassa", "Sastamalasta", "Sastamalan", 24, 0.002),
        M("Valkeakoski", "Valkeakoski", "Valkeakoskella", "Valkeakoskelta", "Valkeakosken", 20, 0.002),
        M("Orivesi", "Orivesi", "Orivedellä", "Orivedeltä", "Oriveden", 9, 0.002),
        M("Mänttä-Vilppula", "Mänttä-Vilppula", "Mänttä-Vilppulassa", "Mänttä-Vilppulasta", "Mänttä-Vilppulan", 10, 0.002),
        M("Ikaalinen", "Ikalis", "Ikaalisissa", "Ikaalisista", "Ikaalisten", 7, 0.002),
    ),
    "paijat-hame": (
        M("Lahti", "Lahtis", "Lahdessa", "Lahdesta", "Lahden", 121, 0.004),
        M("Hollola", "Hollola", "Hollolassa", "Hollolasta", "Hollolan", 23, 0.003),
        M("Orimattila", "Orimattila", "Orimattilassa", "Orimattilasta", "Orimattilan", 16, 0.004),
        M("Heinola", "Heinola", "Heinolassa", "Heinolasta", "Heinolan", 18, 0.003),
        M("Asikkala", "Asikkala", "Asikkalassa", "Asikkalasta", "Asikkalan", 8, 0.002),
        M("Sysmä", "Sysmä", "Sysmässä", "Sysmästä", "Sysmän", 4, 0.002),
        M("Iitti", "Itis", "Iitissä", "Iitistä", "Iitin", 6, 0.003),
    ),
    "kymenlaakso": (
        M("Kouvola", "Kouvola", "Kouvolassa", "Kouvolasta", "Kouvolan", 79, 0.003),
        M("Kotka", "Kotka", "Kotkassa", "Kotkasta", "Kotkan", 51, 0.006),
        M("Hamina", "Fredrikshamn", "Haminassa", "Haminasta", "Haminan", 19, 0.005),
        M("Pyhtää", "Pyttis", "Pyhtäällä", "Pyhtäältä", "Pyhtään", 5, 0.08),
        M("Virolahti", "Vederlax", "Virolahdella", "Virolahdelta", "Virolahden", 3, 0.003),
    ),
    "etela-karjala": (
        M("Lappeenranta", "Villmanstrand", "Lappeenrannassa", "Lappeenrannasta", "Lappeenrannan", 73, 0.003),
        M("Imatra", "Imatra", "Imatralla", "Imatralta", "Imatran", 25, 0.002),
        M("Lemi", "Lemi", "Lemillä", "Lemiltä", "Lemin", 3, 0.002),
        M("Luumäki", "Luumäki", "Luumäellä", "Luumäeltä", "Luumäen", 5, 0.002),
        M("Parikkala", "Parikkala", "Parikkalassa", "Parikkalasta", "Parikkalan", 4, 0.002),
        M("Ruokolahti", "Ruokolax", "Ruokolahdella", "Ruokolahdelta", "Ruokolahden", 5, 0.002),
        M("Taipalsaari", "Taipalsaari", "Taipalsaarella", "Taipalsaarelta", "Taipalsaaren", 5, 0.002),
    ),
    "etela-savo": (
        M("Mikkeli", "S:t Michel", "Mikkelissä", "Mikkelistä", "Mikkelin", 52, 0.003),
        M("Savonlinna", "Nyslott", "Savonlinnassa", "Savonlinnasta", "Savonlinnan", 31, 0.003),
        M("Pieksämäki", "Pieksämäki", "Pieksämäellä", "Pieksämäeltä", "Pieksämäen", 17, 0.002),
        M("Mäntyharju", "Mäntyharju", "Mäntyharjulla", "Mäntyharjulta", "Mäntyharjun", 7, 0.002),
        M("Juva", "Juva", "Juvalla", "Juvalta", "Juvan", 6, 0.002),
        M("Kangasniemi", "Kangasniemi", "Kangasniemellä", "Kangasniemeltä", "Kangasniemen", 5, 0.002),
        M("Sulkava", "Sulkava", "Sulkavalla", "Sulkavalta", "Sulkavan", 2, 0.002),
    ),
    "pohjois-savo": (
        M("Kuopio", "Kuopio", "Kuopiossa", "Kuopiosta", "Kuopion", 124, 0.003),
        M("Iisalmi", "Idensalmi", "Iisalmessa", "Iisalmesta", "Iisalmen", 20, 0.002),
        M("Varkaus", "Varkaus", "Varkaudessa", "Varkaudesta", "Varkauden", 20, 0.002),
        M("Siilinjärvi", "Siilinjärvi", "Siilinjärvellä", "Siilinjärveltä", "Siilinjärven", 22, 0.002),
        M("Suonenjoki", "Suonenjoki", "Suonenjoella", "Suonenjoelta", "Suonenjoen", 7, 0.002),
        M("Leppävirta", "Leppävirta", "Leppävirralla", "Leppävirralta", "Leppävirran", 9, 0.002),
        M("Lapinlahti", "Lapinlahti", "Lapinlahdella", "Lapinlahdelta", "Lapinlahden", 9, 0.002),
    ),
    "pohjois-karjala": (
        M("Joensuu", "Joensuu", "Joensuussa", "Joensuusta", "Joensuun", 78, 0.002),
        M("Kitee", "Kides", "Kiteellä", "Kiteeltä", "Kiteen", 10, 0.002),
        M("Lieksa", "Lieksa", "Lieksassa", "Lieksasta", "Lieksan", 10, 0.002),
        M("Nurmes", "Nurmes", "Nurmeksessa", "Nurmeksesta", "Nurmeksen", 7, 0.002),
        M("Kontiolahti", "Kontiolax", "Kontiolahdella", "Kontiolahdelta", "Kontiolahden", 15, 0.002),
        M("Liperi", "Libelits", "Liperissä", "Liperistä", "Liperin", 12, 0.002),
        M("Outokumpu", "Outokumpu", "Outokummussa", "Outokummusta", "Outokummun", 6, 0.002),
        M("Ilomantsi", "Ilomants", "Ilomantsissa", "Ilomantsista", "Ilomantsin", 5, 0.002),
    ),
    "etela-pohjanmaa": (
        M("Seinäjoki", "Seinäjoki", "Seinäjoella", "Seinäjoelta", "Seinäjoen", 66, 0.003),
        M("Lapua", "Lappo", "Lapualla", "Lapualta", "Lapuan", 14, 0.002),
        M("Kauhajoki", "Kauhajoki", "Kauhajoella", "Kauhajoelta", "Kauhajoen", 13, 0.002),
        M("Kurikka", "Kurikka", "Kurikassa", "Kurikasta", "Kurikan", 20, 0.002),
        M("Alavus", "Alavo", "Alavudella", "Alavudelta", "Alavuden", 11, 0.002),
        M("Ilmajoki", "Ilmola", "Ilmajoella", "Ilmajoelta", "Ilmajoen", 12, 0.002),
        M("Kauhava", "Kauhava", "Kauhavalla", "Kauhavalta", "Kauhavan", 15, 0.002),
        M("Ähtäri", "Etseri", "Ähtärissä", "Ähtäristä", "Ähtärin", 5, 0.002),
    ),
    "pohjanmaa": (
        M("Vaasa", "Vasa", "Vaasassa", "Vaasasta", "Vaasan", 68, 0.22),
        M("Mustasaari", "Korsholm", "Mustasaaressa", "Mustasaaresta", "Mustasaaren", 20, 0.68),
        M("Pietarsaari", "Jakobstad", "Pietarsaaressa", "Pietarsaaresta", "Pietarsaaren", 19, 0.55),
        M("Pedersören kunta", "Pedersöre", "Pedersören kunnassa", "Pedersören kunnasta", "Pedersören kunnan", 11, 0.88),
        M("Närpiö", "Närpes", "Närpiössä", "Närpiöstä", "Närpiön", 9, 0.88),
        M("Uusikaarlepyy", "Nykarleby", "Uudessakaarlepyyssä", "Uudestakaarlepyystä", "Uudenkaarlepyyn", 8, 0.88),
        M("Kruunupyy", "Kronoby", "Kruunupyyssä", "Kruunupyystä", "Kruunupyyn", 6, 0.85),
        M("Kristiinankaupunki", "Kristinestad", "Kristiinankaupungissa", "Kristiinankaupungista", "Kristiinankaupungin", 6, 0.56),
        M("Luoto", "Larsmo", "Luodossa", "Luodosta", "Luodon", 6, 0.92),
        M("Maalahti", "Malax", "Maalahdella", "Maalahdelta", "Maalahden", 6, 0.86),
        M("Vöyri", "Vörå", "Vöyrillä", "Vöyriltä", "Vöyrin", 7, 0.80),
        M("Laihia", "Laihela", "Laihialla", "Laihialta", "Laihian", 8, 0.01),
        M("Kaskinen", "Kaskö", "Kaskisissa", "Kaskisista", "Kaskisten", 1, 0.27),
    ),
    "pohjois-pohjanmaa": (
        M("Oulu", "Uleåborg", "Oulussa", "Oulusta", "Oulun", 215, 0.003),
        M("Raahe", "Brahestad", "Raahessa", "Raahesta", "Raahen", 24, 0.002),
        M("Kempele", "Kempele", "Kempeleessä", "Kempeleestä", "Kempeleen", 20, 0.002),
        M("Kuusamo", "Kuusamo", "Kuusamossa", "Kuusamosta", "Kuusamon", 15, 0.002),
        M("Ylivieska", "Ylivieska", "Ylivieskassa", "Ylivieskasta", "Ylivieskan", 15, 0.002),
        M("Nivala", "Nivala", "Nivalassa", "Nivalasta", "Nivalan", 10, 0.002),
        M("Kalajoki", "Kalajoki", "Kalajoella", "Kalajoelta", "Kalajoen", 12, 0.002),
        M("Liminka", "Limingo", "Limingassa", "Limingasta", "Limingan", 10, 0.002),
        M("Haapavesi", "Haapavesi", "Haapavedellä", "Haapavedeltä", "Haapaveden", 7, 0.002),
    ),
    "ahvenanmaa": (
        M("Maarianhamina", "Mariehamn", "Maarianhaminassa", "Maarianhaminasta", "Maarianhaminan", 12, 0.85),
        M("Jomala", "Jomala", "Jomalassa", "Jomalasta", "Jomalan", 5, 0.88),
        M("Finström", "Finström", "Finströmissä", "Finströmistä", "Finströmin", 2.6, 0.90),
        M("Lemland", "Lemland", "Lemlandissa", "Lemlandista", "Lemlandin", 2.1, 0.88),
        M("Saltvik", "Saltvik", "Saltvikissa", "Saltvikista", "Saltvikin", 1.9, 0.90),
        M("Hammarland", "Hammarland", "Hammarlandissa", "Hammarlandista", "Hammarlandin", 1.6, 0.90),
        M("Eckerö", "Eckerö", "Eckerössä", "Eckeröstä", "Eckerön", 1, 0.90),
        M("Sund", "Sund", "Sundissa", "Sundista", "Sundin", 1, 0.92),
        M("Geta", "Geta", "Getassa", "Getasta", "Getan", 0.5, 0.92),
        M("Föglö", "Föglö", "Föglössä", "Föglöstä", "Föglön", 0.5, 0.92),
        M("Kökar", "Kökar", "Kökarissa", "Kökarista", "Kökarin", 0.2, 0.95),
        M("Brändö", "Brändö", "Brändössä", "Brändöstä", "Brändön", 0.4, 0.95),
    ),
}
del M

MUNICIPALITIES: tuple[Municipality, ...] = tuple(
    Municipality(**{**m.__dict__, "region": region}) for region, places in _MUNICIPALITIES.items() for m in places
)
MUNICIPALITY_WEIGHTS: tuple[float, ...] = tuple(accumulate(m.population for m in MUNICIPALITIES))
BY_REGION: dict[str, tuple[Municipality, ...]] = {
    code: tuple(m for m in MUNICIPALITIES if m.region == code) for code in _MUNICIPALITIES
}

# Regions that share a border, so a creator who serves "nearby regions" serves real neighbours.
NEIGHBOURS = {
    "ahvenanmaa": ("varsinais-suomi",),
    "etela-karjala": ("kymenlaakso", "etela-savo"),
    "etela-pohjanmaa": ("pohjanmaa", "satakunta", "pirkanmaa"),
    "etela-savo": ("paijat-hame", "kymenlaakso", "etela-karjala", "pohjois-savo", "pohjois-karjala"),
    "kanta-hame": ("uusimaa", "varsinais-suomi", "pirkanmaa", "paijat-hame"),
    "kymenlaakso": ("uusimaa", "paijat-hame", "etela-karjala", "etela-savo"),
    "pirkanmaa": ("satakunta", "varsinais-suomi", "kanta-hame", "paijat-hame", "etela-pohjanmaa"),
    "pohjanmaa": ("etela-pohjanmaa", "satakunta"),
    "pohjois-karjala": ("pohjois-savo", "etela-savo"),
    "pohjois-pohjanmaa": ("pohjois-savo",),
    "pohjois-savo": ("etela-savo", "pohjois-karjala", "pohjois-pohjanmaa"),
    "paijat-hame": ("uusimaa", "kanta-hame", "pirkanmaa", "kymenlaakso", "etela-savo"),
    "satakunta": ("varsinais-suomi", "pirkanmaa", "etela-pohjanmaa", "pohjanmaa"),
    "uusimaa": ("varsinais-suomi", "kanta-hame", "paijat-hame", "kymenlaakso"),
    "varsinais-suomi": ("uusimaa", "satakunta", "kanta-hame", "pirkanmaa", "ahvenanmaa"),
}

# Swedish-speaking Finland: creators here often work across all of it.
SWEDISH_REGIONS = ("pohjanmaa", "uusimaa", "varsinais-suomi", "ahvenanmaa")
