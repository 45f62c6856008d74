"""People's names and the words that group, association and company names are built from."""

from __future__ import annotations

from dataclasses import dataclass

FINNISH_FIRST = {
    "f": (
        "Aino", "Anna", "Annika", "Anni", "Elina", "Emilia", "Emma", "Hanna", "Heidi", "Helmi", "Henna",
        "Iida", "Inkeri", "Jaana", "Johanna", "Julia", "Katja", "Kaisa", "Kirsi", "Laura", "Leena", "Liisa",
        "Maija", "Marjo", "Marjut", "Anna-Liisa", "Marja-Leena", "Minna", "Mirja", "Noora", "Outi", "Paula", "Päivi", "Pia", "Piia",
        "Reetta", "Riikka", "Ronja", "Saara", "Sanna", "Satu", "Seija", "Senja", "Sini", "Sirpa", "Suvi",
        "Taina", "Tiina", "Tuuli", "Ulla", "Veera", "Venla", "Virpi", "Aila", "Eeva", "Hilkka", "Linnea",
        "Oona", "Pihla", "Kerttu", "Lotta", "Maria", "Milla", "Sofia", "Tuija", "Vilja", "Essi",
    ),
    "m": (
        "Aapo", "Aki", "Antti", "Ari", "Eero", "Eino", "Erkki", "Harri", "Heikki", "Ilkka", "Janne", "Jari",
        "Jarmo", "Juha-Pekka", "Veli-Matti", "Joonas", "Jouni", "Juha", "Juho", "Jukka", "Jussi", "Kalle", "Kari", "Lauri", "Markku",
        "Markus", "Marko", "Matti", "Mikko", "Niko", "Olli", "Paavo", "Pasi", "Pekka", "Pertti", "Petri",
        "Risto", "Sami", "Santeri", "Seppo", "Tapio", "Teemu", "Timo", "Toni", "Tuomas", "Ville", "Väinö",
        "Aleksi", "Eemeli", "Elias", "Hannu", "Jaakko", "Jyrki", "Kimmo", "Lassi", "Mauri", "Onni", "Otto",
        "Raimo", "Samuli", "Topi", "Urho", "Veikko", "Vesa", "Oskari", "Arttu", "Henrik",
    ),
}

FINNISH_LAST = (
    "Aalto", "Ahonen", "Anttila", "Heikkilä", "Heinonen", "Hiltunen", "Hirvonen", "Hämäläinen", "Huttunen",
    "Jokinen", "Kallio", "Karjalainen", "Kauppinen", "Kettunen", "Kinnunen", "Koivisto", "Korhonen",
    "Koskinen", "Laaksonen", "Lahtinen", "Laine", "Lehtinen", "Lehtonen", "Leinonen", "Leppänen",
    "Lindholm", "Manninen", "Mattila", "Miettinen", "Mustonen", "Mäkelä", "Mäkinen", "Niemi", "Nieminen",
    "Nurmi", "Ojala", "Peltonen", "Pitkänen", "Rantanen", "Räsänen", "Saarinen", "Salminen", "Salo",
    "Savolainen", "Seppälä", "Tuominen", "Turunen", "Vainio", "Virtanen", "Väisänen", "Ylönen", "Honkanen",
    "Rautio", "Kivelä", "Hakala", "Suominen", "Kärkkäinen", "Partanen", "Nyman", "Vesterinen", "Ranta",
    "Halonen", "Toivonen", "Kokkonen", "Rantala", "Harju", "Lampinen", "Kurki", "Pesonen", "Haapala",
    "Kallunki", "Tolonen", "Holmberg", "Mäenpää", "Kuusela", "Hietala", "Sirviö", "Peltola", "Pulkkinen",
    "Räty", "Hyvönen", "Kivimäki", "Riihimäki", "Saarela", "Kemppainen", "Vuorinen", "Marttila", "Kaarna",
)

SWEDISH_FIRST = {
    "f": (
        "Anna", "Annika", "Camilla", "Emma", "Ellen", "Elin", "Frida", "Hanna", "Ida", "Ingrid", "Johanna",
        "Karin", "Linda", "Linnea", "Lisa", "Lovisa", "Malin", "Maria", "Matilda", "Nina", "Sara", "Sofia",
        "Stina", "Susanna", "Tove", "Ulrika", "Vera", "Wilma", "Ebba", "Alma", "Astrid", "Greta", "Hedvig",
        "Jenny", "Mikaela", "Pia",
    ),
    "m": (
        "Anders", "Axel", "Björn", "Carl", "Daniel", "Erik", "Fredrik", "Gustav", "Henrik", "Jakob", "Joakim",
        "Johan", "Jonas", "Kim", "Lars", "Magnus", "Mats", "Mikael", "Niklas", "Oskar", "Patrik", "Peter",
        "Rasmus", "Robin", "Sebastian", "Simon", "Stefan", "Thomas", "Tobias", "Viktor", "William", "Emil",
        "Anton", "Hugo", "Kaj", "Ragnar",
    ),
}

SWEDISH_LAST = (
    "Andersson", "Backman", "Backlund", "Björklund", "Blomqvist", "Dahlström", "Ekman", "Enlund", "Eriksson",
    "Fagerström", "Forsman", "Granholm", "Granqvist", "Grönroos", "Häggblom", "Holmström", "Johansson",
    "Karlsson", "Kronqvist", "Lindberg", "Lindén", "Lindholm", "Lindqvist", "Lindroos", "Mattsson",
    "Nordling", "Nyholm", "Nyström", "Rönnqvist", "Sandvik", "Sjöberg", "Sjöblom", "Snellman", "Storbacka",
    "Strandberg", "Sundell", "Sundqvist", "Söderholm", "Westerlund", "Wikström", "Åberg", "Åkerlund",
    "Österberg", "Djupsjöbacka", "Finnäs", "Holmqvist", "Jansson", "Sundström", "Eklund", "Ahlskog",
    "Sjöholm", "Nylund", "Engblom", "Lönnqvist", "Gustafsson",
)


@dataclass(frozen=True)
class Origin:
    """Where an international creator comes from: names, country and home language."""

    country_en: str
    country_fi_ela: str  # "Italiasta"
    country_sv: str
    language: str  # ISO 639-1
    first_f: tuple[str, ...]
    first_m: tuple[str, ...]
    last_f: tuple[str, ...]
    last_m: tuple[str, ...] = ()

    def last(self, gender: str) -> tuple[str, ...]:
        return self.last_m if gender == "m" and self.last_m else self.last_f


ORIGINS = (
    Origin("Italy", "Italiasta", "Italien", "it", ("Giulia", "Francesca", "Chiara", "Martina"), ("Marco", "Luca", "Matteo", "Davide"), ("Rossi", "Bianchi", "Romano", "Ferrari", "Greco", "Esposito")),
    Origin("Spain", "Espanjasta", "Spanien", "es", ("Lucía", "Carmen", "Elena", "Marta"), ("Javier", "Pablo", "Diego", "Sergio"), ("García", "Fernández", "López", "Martínez", "Navarro", "Ruiz")),
    Origin("Germany", "Saksasta", "Tyskland", "de", ("Lena", "Katharina", "Julia", "Miriam"), ("Jonas", "Felix", "Tobias", "Florian"), ("Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Wagner")),
    Origin("France", "Ranskasta", "Frankrike", "fr", ("Camille", "Chloé", "Léa", "Manon"), ("Julien", "Mathieu", "Antoine", "Hugo"), ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre")),
    Origin("Estonia", "Virosta", "Estland", "et", ("Kadri", "Liis", "Kristiina", "Triin"), ("Mart", "Tanel", "Rasmus", "Indrek"), ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk")),
    Origin("the United Kingdom", "Isosta-Britanniasta", "Storbritannien", "en", ("Emily", "Sarah", "Hannah", "Charlotte"), ("James", "Thomas", "Oliver", "George"), ("Smith", "Taylor", "Clarke", "Walker", "Hughes", "Wright")),
    Origin("Ireland", "Irlannista", "Irland", "en", ("Aoife", "Siobhán", "Niamh"), ("Ciarán", "Seán", "Liam"), ("Murphy", "O'Brien", "Walsh", "Byrne", "Kelly")),
    Origin("the United States", "Yhdysvalloista", "USA", "en", ("Megan", "Rachel", "Ashley", "Lauren"), ("Tyler", "Daniel", "Ryan", "Jason"), ("Johnson", "Miller", "Anderson", "Brooks", "Carter")),
    Origin("Russia", "Venäjältä", "Ryssland", "ru", ("Anastasia", "Olga", "Jekaterina", "Irina"), ("Dmitri", "Sergei", "Aleksei", "Mihail"), ("Smirnova", "Petrova", "Volkova", "Kuznetsova"), ("Smirnov", "Petrov", "Volkov", "Kuznetsov")),
    Origin("Ukraine", "Ukrainasta", "Ukraina", "uk", ("Kateryna", "Olena", "Iryna", "Oksana"), ("Andrii", "Taras", "Oleksandr", "Bohdan"), ("Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko")),
    Origin("Poland", "Puolasta", "Polen", "pl", ("Agnieszka", "Katarzyna", "Magdalena", "Zofia"), ("Piotr", "Tomasz", "Michał", "Paweł"), ("Nowak", "Wiśniewska", "Kowalczyk", "Zielińska"), ("Nowak", "Wiśniewski", "Kowalczyk", "Zieliński")),
    Origin("Brazil", "Brasiliasta", "Brasilien", "pt", ("Ana", "Beatriz", "Juliana", "Camila"), ("Rafael", "Thiago", "Lucas", "Gabriel"), ("Silva", "Santos", "Oliveira", "Souza", "Costa")),
    Origin("Japan", "Japanista", "Japan", "ja", ("Yuki", "Aiko", "Haruka", "Mei"), ("Kenji", "Haruto", "Takumi", "Daiki"), ("Tanaka", "Sato", "Suzuki", "Watanabe", "Ito")),
    Origin("Iran", "Iranista", "Iran", "fa", ("Shirin", "Parisa", "Maryam", "Nasrin"), ("Reza", "Dariush", "Amir", "Babak"), ("Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi")),
    Origin("Syria", "Syyriasta", "Syrien", "ar", ("Layla", "Noor", "Rania", "Huda"), ("Omar", "Khaled", "Samir", "Yousef"), ("Haddad", "Khoury", "Saleh", "Nasser", "Darwish")),
    Origin("Somalia", "Somaliasta", "Somalia", "so", ("Amina", "Hodan", "Faadumo", "Sahra"), ("Abdi", "Mohamed", "Ahmed", "Yusuf"), ("Hassan", "Farah", "Warsame", "Ali", "Omar")),
)

# Words that group and company names are made of. Each is fine on its own ("Duo Kaarna").
NAME_WORDS_FI = (
    "Kaarna", "Liike", "Hetki", "Valo", "Usva", "Kajo", "Virta", "Tuuli", "Sointu", "Kide", "Aalto", "Helmi",
    "Revontuli", "Kuura", "Tähti", "Lumo", "Kipinä", "Sävel", "Pilke", "Kaiku", "Vire", "Taika", "Lehto",
    "Sammal", "Kallio", "Aamu", "Ilta", "Saaga", "Kaste", "Utu", "Riimi", "Loiste", "Hehku", "Kuohu",
    "Pihka", "Kanerva", "Otava", "Lyhty", "Siivet", "Karikko", "Rapsodia", "Tuikku", "Haave", "Kehrä",
    "Kerä", "Silmu", "Vuolle", "Ruska", "Aallokko", "Hämärä", "Kehto", "Helle", "Kuutamo", "Routa",
)
NAME_WORDS_SV = (
    "Ljus", "Vind", "Våg", "Stjärna", "Eko", "Skimmer", "Strimma", "Gnista", "Dimma", "Bris", "Klang",
    "Rörelse", "Lykta", "Kompass", "Skärgård", "Fyren", "Måsen", "Tranan", "Ankaret", "Björk", "Svala",
    "Kvist", "Aftonljus", "Sjöbris", "Solvarv", "Fjärden", "Ljung", "Bölja", "Skymning", "Glimt",
)
NAME_WORDS_EN = (
    "Northern", "Aurora", "Pulse", "Echo", "Drift", "Frame", "Blue Hour", "Nordic Light", "Fieldnotes",
    "Birch", "Lantern", "Tidal", "Polar", "Momentum", "Hearth", "Lumen", "Kindred", "Meridian",
)

# Words for schools, day-care centres and care homes: real-sounding, place-like names.
PLACE_WORDS_FI = (
    ("Mäntymäen", "Mäntymäki"), ("Koivikon", "Koivikko"), ("Kirkonkylän", "Kirkonkylä"), ("Rantakylän", "Rantakylä"),
    ("Kalliolan", "Kalliola"), ("Niittykummun", "Niittykumpu"), ("Pihlajiston", "Pihlajisto"), ("Järvenrannan", "Järvenranta"),
    ("Metsolan", "Metsola"), ("Aurinkorinteen", "Aurinkorinne"), ("Vuorelan", "Vuorela"), ("Keskustan", "Keskusta"),
    ("Harjun", "Harju"), ("Puistolan", "Puistola"), ("Satamakadun", "Satamakatu"), ("Tuulimyllyn", "Tuulimylly"),
)
PLACE_WORDS_SV = ("Kyrkbacken", "Strandby", "Solbacka", "Björkbacka", "Ängsbacka", "Sjöbotten", "Granbo", "Skogsgläntan", "Kvarnbacken", "Havsbandet")
DAYCARE_WORDS_FI = ("Satakieli", "Peikkometsä", "Myllerrys", "Tenavatupa", "Oravanpesä", "Mustikka", "Sateenkaari", "Tuulentupa", "Vekara", "Touhutupa")
CARE_WORDS_FI = ("Kotikallio", "Hopearanta", "Päivänkehrä", "Kotirinne", "Onnela", "Kultakoti", "Iltarusko", "Kotipirtti", "Vanamo", "Lepolampi")
DAYCARE_WORDS_SV = ("Solstrålen", "Trollebo", "Humlan", "Myrstacken", "Ekorren", "Lillskogen", "Blåklockan", "Sjöstjärnan")
CARE_WORDS_SV = ("Solgården", "Lindgården", "Björkhemmet", "Havsgläntan", "Aftonro", "Furuhemmet", "Strandgården")
COMPANY_WORDS = ("Nordic", "Arctic", "Baltic", "Polar", "Boreal", "Vertex", "Nova", "Kestrel", "Aalto", "Kide", "Virta", "Lumo")
