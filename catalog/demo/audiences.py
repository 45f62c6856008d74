"""Word forms for target groups, kinds of offer and spoken languages, shared by profile and service texts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Audience:
    fi_all: str  # allative, the "for whom" of titles: "päiväkodeille"
    fi: str  # keyword, nominative plural or compound: "päiväkodit"
    sv: str  # "daghem", used after "för"
    en: str  # "day-care centres", used after "for"


AUDIENCES = {
    "early-childhood": Audience("päiväkodeille", "varhaiskasvatus", "daghem", "day-care centres"),
    "children": Audience("lapsille", "lapset", "barn", "children"),
    "youth": Audience("nuorille", "nuoret", "unga", "young people"),
    "adults": Audience("aikuisille", "aikuiset", "vuxna", "adults"),
    "seniors": Audience("senioreille", "seniorit", "seniorer", "seniors"),
    "families": Audience("perheille", "perheet", "familjer", "families"),
    "schools": Audience("kouluille", "koulut", "skolor", "schools"),
    "special-groups": Audience("erityisryhmille", "erityisryhmät", "specialgrupper", "special needs groups"),
    "workplaces": Audience("työyhteisöille", "työyhteisöt", "arbetsplatser", "workplaces"),
    "care": Audience("hoivakodeille", "hoivakodit", "äldreboenden", "care homes"),
}

# How likely each target group is for a kind of service.
TYPE_AUDIENCE_WEIGHTS = {
    "performance": {"children": 3, "early-childhood": 2, "families": 3, "schools": 3, "adults": 3, "seniors": 2, "care": 2, "workplaces": 1, "youth": 1, "special-groups": 1},
    "concert": {"children": 3, "early-childhood": 2, "families": 3, "schools": 2, "adults": 3, "seniors": 3, "care": 2, "workplaces": 1, "youth": 1, "special-groups": 1},
    "workshop": {"children": 3, "schools": 3, "youth": 2, "adults": 3, "seniors": 2, "early-childhood": 2, "workplaces": 2, "special-groups": 1, "care": 1, "families": 1},
    "course": {"adults": 4, "children": 2, "youth": 2, "seniors": 2, "families": 0.5},
    "lecture": {"adults": 4, "seniors": 3, "schools": 2, "workplaces": 2, "youth": 1},
    "exhibition": {"adults": 3, "families": 2, "schools": 1, "seniors": 1},
    "commission": {"adults": 3, "workplaces": 3, "families": 1},
    "consulting": {"workplaces": 4, "adults": 2, "schools": 1, "care": 1},
    "production": {"workplaces": 3, "adults": 2, "families": 1},
    "guided-tour": {"adults": 3, "seniors": 2, "schools": 2, "families": 2, "workplaces": 1},
    "other": {"adults": 2, "families": 1, "workplaces": 1},
}

# Target groups that go together: a children's concert is also for families and day care.
RELATED_AUDIENCES = {
    "early-childhood": ("children", "families"),
    "children": ("families", "schools", "early-childhood"),
    "youth": ("schools", "adults"),
    "adults": ("seniors", "workplaces"),
    "seniors": ("care", "adults"),
    "families": ("children", "early-childhood"),
    "schools": ("children", "youth"),
    "special-groups": ("care", "children"),
    "workplaces": ("adults",),
    "care": ("seniors", "special-groups"),
}


@dataclass(frozen=True)
class Offer:
    fi_par: str  # partitive plural after "tarjoan": "konsertteja"
    sv: str
    en: str


OFFERS = {
    "performance": Offer("esityksiä", "föreställningar", "performances"),
    "concert": Offer("konsertteja", "konserter", "concerts"),
    "workshop": Offer("työpajoja", "verkstäder", "workshops"),
    "course": Offer("kursseja", "kurser", "courses"),
    "lecture": Offer("luentoja", "föreläsningar", "talks"),
    "exhibition": Offer("näyttelyitä", "utställningar", "exhibitions"),
    "commission": Offer("tilaustöitä", "beställningsarbeten", "commissions"),
    "consulting": Offer("asiantuntijapalveluja", "experttjänster", "consultancy"),
    "production": Offer("tuotantopalveluja", "produktionstjänster", "production services"),
    "guided-tour": Offer("opastettuja kierroksia", "guidade rundturer", "guided tours"),
    "other": Offer("räätälöityjä kokonaisuuksia", "skräddarsydda helheter", "tailored packages"),
}


@dataclass(frozen=True)
class Language:
    fi_transl: str  # "suomeksi"
    sv: str  # "finska"
    en: str  # "Finnish"


LANGUAGES = {
    "fi": Language("suomeksi", "finska", "Finnish"),
    "sv": Language("ruotsiksi", "svenska", "Swedish"),
    "en": Language("englanniksi", "engelska", "English"),
    "de": Language("saksaksi", "tyska", "German"),
    "fr": Language("ranskaksi", "franska", "French"),
    "es": Language("espanjaksi", "spanska", "Spanish"),
    "it": Language("italiaksi", "italienska", "Italian"),
    "et": Language("viroksi", "estniska", "Estonian"),
    "ru": Language("venäjäksi", "ryska", "Russian"),
    "uk": Language("ukrainaksi", "ukrainska", "Ukrainian"),
    "pl": Language("puolaksi", "polska", "Polish"),
    "pt": Language("portugaliksi", "portugisiska", "Portuguese"),
    "ja": Language("japaniksi", "japanska", "Japanese"),
    "fa": Language("persiaksi", "persiska", "Persian"),
    "ar": Language("arabiaksi", "arabiska", "Arabic"),
    "so": Language("somaliksi", "somaliska", "Somali"),
    "se": Language("pohjoissaameksi", "nordsamiska", "Northern Sami"),
    "fse": Language("suomalaisella viittomakielellä", "finskt teckenspråk", "Finnish Sign Language"),
}

# Extra spoken languages a Finnish- or Swedish-speaking creator may list, with weights.
EXTRA_LANGUAGES = (("de", 3), ("fr", 2), ("es", 2), ("et", 1), ("ru", 1), ("it", 1), ("se", 0.3), ("fse", 0.4))

