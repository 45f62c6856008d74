"""Sentence templates for creator profiles that every art form shares, per language and voice.

Voices: "i" (an individual writing about themselves), "we" (a group or an
organisation), "third" (written about the creator by name); "any" suits every
voice. A template is only used when the record has every slot it names, so
e.g. "{home_ela} kotoisin" appears only for people who moved. What creators of
each art form do is in practice_phrases.py.
"""

from __future__ import annotations

# --- Introductions -----------------------------------------------------------------------------

INTRO = {
    "fi": {
        ("individual", "i"): (
            "Olen {city_loc} asuva {role}.",
            "Olen {role} {city_ela}.",
            "Olen {home_ela} kotoisin oleva {role}, ja nykyään kotini on {city_loc}.",
            "Hei! Olen {first}, {city_loc} toimiva {role}.",
            "Työskentelen {role_ess} {city_loc} ja muualla {region_loc}.",
            "Olen {role}, ja teen töitä {city_loc} sekä koko {region_gen} alueella.",
        ),
        ("individual", "third"): (
            "{name} on {city_loc} asuva {role}.",
            "{name} on {home_ela} kotoisin oleva {role}, joka asuu nykyään {city_loc}.",
            "{name} on {role}, joka toimii {city_loc} ja koko {region_gen} alueella.",
            "{role} {name} työskentelee {city_loc}.",
        ),
        ("international", "i"): (
            "Olen {country_ela} kotoisin oleva {role}, ja olen asunut {city_loc} vuodesta {moved}.",
            "Olen {role}. Muutin Suomeen {country_ela} vuonna {moved}, ja nyt kotini on {city_loc}.",
        ),
        ("international", "third"): (
            "{name} on {country_ela} kotoisin oleva {role}, joka on asunut {city_loc} vuodesta {moved}.",
        ),
        ("group", "we"): (
            "Olemme {city_loc} toimiva {gnoun}, joka on perustettu vuonna {founded}.",
            "Olemme {members_gen} {member_gen} muodostama {gnoun} {city_ela}.",
            "Olemme {gnoun} {city_ela}, ja olemme tehneet yhdessä töitä vuodesta {founded}.",
        ),
        ("group", "third"): (
            "{name} on {city_loc} vuonna {founded} perustettu {gnoun}.",
            "{name} on {members_gen} {member_gen} muodostama {gnoun} {city_ela}.",
            "{name} on {city_ela} ponnistava {gnoun}, joka on toiminut vuodesta {founded}.",
        ),
        ("association", "we"): (
            "Olemme vuonna {founded} perustettu yhdistys, jonka tarkoituksena on {purpose}.",
            "Olemme {city_loc} toimiva yhdistys, ja tavoitteenamme on {purpose}.",
        ),
        ("association", "third"): (
            "{name} on vuonna {founded} perustettu yhdistys, jonka tarkoituksena on {purpose}.",
            "{name} on {city_loc} toimiva yhdistys, jonka tavoitteena on {purpose}.",
        ),
        ("company", "we"): (
            "Olemme {city_loc} toimiva {cnoun}.",
            "Olemme vuonna {founded} perustettu {cnoun} {city_ela}.",
        ),
        ("company", "third"): (
            "{name} on {city_loc} toimiva {cnoun}.",
            "{name} on vuonna {founded} perustettu {cnoun} {city_ela}.",
            "{name} on {city_loc} toimiva yritys, jonka takana on {role} {person}.",
        ),
        ("institution", "we"): (
            "Olemme {city_loc} toimiva {inoun}, ja toimintamme alkoi vuonna {founded}.",
        ),
        ("institution", "third"): (
            "{name} on {city_loc} toimiva {inoun}.",
            "{name} on vuonna {founded} toimintansa aloittanut {inoun} {city_loc}.",
        ),
    },
    "sv": {
        ("individual", "i"): (
            "Jag är {role_sv} och bor i {city_sv}.",
            "Jag är {role_sv} från {home_sv} och bor numera i {city_sv}.",
            "Hej! Jag heter {first} och arbetar som {role_sv} i {city_sv} med omnejd.",
            "Jag arbetar som frilansande {role_sv} {region_sv_loc}.",
        ),
        ("individual", "third"): (
            "{name} är {role_sv} med bas i {city_sv}.",
            "{name} kommer från {home_sv} och arbetar i dag som {role_sv} i {city_sv}.",
            "{role_sv} {name} verkar i {city_sv} och i hela {region_sv}.",
        ),
        ("international", "i"): (
            "Jag är {role_sv} från {country_sv} och har bott i {city_sv} sedan {moved}.",
        ),
        ("international", "third"): (
            "{name} är {role_sv} från {country_sv} och har bott i {city_sv} sedan {moved}.",
        ),
        ("group", "we"): (
            "Vi är {gnoun_sv} från {city_sv} som grundades {founded}.",
            "Vi är {gnoun_sv} med {members} medlemmar, hemma i {city_sv}.",
        ),
        ("group", "third"): (
            "{name} är {gnoun_sv} från {city_sv} som grundades {founded}.",
            "{name} är {gnoun_sv} med bas i {city_sv}. Verksamheten startade {founded}.",
        ),
        ("association", "we"): (
            "Vi är en förening som grundades {founded} och vars syfte är att {purpose_sv}.",
        ),
        ("association", "third"): (
            "{name} är en förening som grundades {founded} och vars syfte är att {purpose_sv}.",
            "{name} är en förening i {city_sv} som vill {purpose_sv}.",
        ),
        ("company", "we"): ("Vi är {cnoun_sv} i {city_sv}.", "Vi är {cnoun_sv} från {city_sv} som grundades {founded}."),
        ("company", "third"): (
            "{name} är {cnoun_sv} i {city_sv}.",
            "{name} är ett företag i {city_sv} som drivs av {role_sv} {person}.",
        ),
        ("institution", "we"): ("Vi är {inoun_sv} i {city_sv}.",),
        ("institution", "third"): ("{name} är {inoun_sv} i {city_sv}.", "{name} är {inoun_sv} {region_sv_loc} som grundades {founded}."),
    },
    "en": {
        ("individual", "i"): (
            "I am {a_role_en} based in {city_en}.",
            "I'm {a_role_en} from {home_en}, now living in {city_en}.",
            "Hi! I'm {first}, {a_role_en} working in {city_en} and across {region_en}.",
        ),
        ("individual", "third"): (
            "{name} is {a_role_en} based in {city_en}, Finland.",
            "{name} is {a_role_en} who grew up in {home_en} and now works in {city_en}.",
        ),
        ("international", "i"): (
            "I am {a_role_en} from {country_en}, living in {city_en} since {moved}.",
            "Originally from {country_en}, I moved to Finland in {moved} and work as {a_role_en} in {city_en}.",
        ),
        ("international", "third"): (
            "{name} is {a_role_en} from {country_en} who has lived in {city_en} since {moved}.",
        ),
        ("group", "we"): ("We are {gnoun_en} from {city_en}, founded in {founded}.", "We are {gnoun_en} of {members} artists based in {city_en}."),
        ("group", "third"): ("{name} is {gnoun_en} from {city_en}, founded in {founded}.",),
        ("association", "we"): ("We are a non-profit association founded in {founded} to {purpose_en}.",),
        ("association", "third"): ("{name} is a non-profit association founded in {founded} to {purpose_en}.",),
        ("company", "we"): ("We are {cnoun_en} based in {city_en}.",),
        ("company", "third"): ("{name} is {cnoun_en} based in {city_en}.", "{name} is a small business in {city_en} run by {role_en} {person}."),
        ("institution", "we"): ("We are {inoun_en} in {city_en}.",),
        ("institution", "third"): ("{name} is {inoun_en} in {city_en}, founded in {founded}.",),
    },
}

# --- Education, experience, offer, area, languages, closing ------------------------------------------

EDUCATION = {
    "fi": {
        "i": ("Valmistuin {school_ela} vuonna {grad}.", "Koulutukseltani olen {degree}, ja valmistuin {school_ela} vuonna {grad}."),
        "third": ("Hän valmistui {school_ela} vuonna {grad}.", "Koulutukseltaan hän on {degree} ({school}, {grad})."),
    },
    "sv": {
        "i": ("Jag utbildade mig vid {school_sv} och tog examen {grad}.",),
        "third": ("{first} är utbildad vid {school_sv} ({grad}).",),
    },
    "en": {
        "i": ("I graduated from {school_en} in {grad}.",),
        "third": ("{first} graduated from {school_en} in {grad}.",),
    },
}

EXPERIENCE = {
    "fi": {
        "i": ("Olen toiminut alalla {years} vuotta.", "Minulla on yli {years} vuoden kokemus {field_gen} parista.", "Kokemusta {field_gen} parissa on kertynyt jo {years} vuotta."),
        "third": ("Hän on toiminut alalla jo {years} vuotta.", "Kokemusta {field_gen} parissa on kertynyt jo {years} vuotta."),
        "we": ("Olemme toimineet vuodesta {founded}, ja takanamme on satoja tilaisuuksia ympäri Suomea.", "Toimintaa on ollut vuodesta {founded} lähtien."),
        "org": ("Toimintaa on ollut vuodesta {founded} lähtien.", "Vuosien varrella tilaisuuksia on kertynyt satoja."),
    },
    "sv": {
        "i": ("Jag har över {years} års erfarenhet av {field_sv}.",),
        "third": ("{first} har arbetat med {field_sv} i över {years} år.",),
        "we": ("Vi har varit verksamma sedan {founded}.",),
        "org": ("Verksamheten har pågått sedan {founded}.",),
    },
    "en": {
        "i": ("I have more than {years} years of experience in {field_en}.",),
        "third": ("{first} has worked in {field_en} for over {years} years.",),
        "we": ("We have been active since {founded}.",),
        "org": ("{name} has been active since {founded}.",),
    },
}

OFFER = {
    "fi": {
        "i": ("Tarjoan {offer1} ja {offer2} esimerkiksi {tg1_all} ja {tg2_all}.",),
        "we": ("Tarjoamme {offer1} ja {offer2} esimerkiksi {tg1_all} ja {tg2_all}.",),
        "any": ("Tilattavissa on {offer1} ja {offer2} esimerkiksi {tg1_all} ja {tg2_all}.", "{offer1} on tarjolla esimerkiksi {tg1_all} ja {tg2_all}."),
    },
    "sv": {
        "i": ("Jag erbjuder {offer1_sv} och {offer2_sv} för till exempel {tg1_sv} och {tg2_sv}.",),
        "we": ("Vi erbjuder {offer1_sv} och {offer2_sv} för till exempel {tg1_sv} och {tg2_sv}.",),
        "any": ("{offer1_sv} och {offer2_sv} passar till exempel {tg1_sv} och {tg2_sv}.",),
    },
    "en": {
        "i": ("I offer {offer1_en} and {offer2_en} for {tg1_en} and {tg2_en}, among others.",),
        "we": ("We offer {offer1_en} and {offer2_en} for {tg1_en} and {tg2_en}, among others.",),
        "any": ("{offer1_en} and {offer2_en} are available for {tg1_en} and {tg2_en}, for example.",),
    },
}

AREA = {
    "fi": {
        "i": ("Liikun koko {region_gen} alueella ja matkustan mielelläni myös kauemmas.",),
        "any": ("Toiminta-alueena {regions_verb} {regions_fi}.",),
        "nationwide": ("Palveluja voi tilata kaikkialle Suomeen.", "Keikkoja ja vierailuja tehdään koko Suomessa."),
    },
    "sv": {
        "any": ("Verksamhetsområdet omfattar {regions_sv}.",),
        "nationwide": ("Uppdrag tas emot i hela Finland.",),
    },
    "en": {
        "any": ("Available in {regions_en}.",),
        "nationwide": ("Available throughout Finland.",),
    },
}

SPOKEN = {
    "fi": {"i": ("Työskentelen {langs_fi}.",), "we": ("Toimimme {langs_fi}.",), "any": ("Palvelut onnistuvat {langs_fi}.",)},
    "sv": {"i": ("Jag arbetar på {langs_sv}.",), "we": ("Vi arbetar på {langs_sv}.",), "any": ("Tjänsterna finns på {langs_sv}.",)},
    "en": {"i": ("I work in {langs_en}.",), "we": ("We work in {langs_en}.",), "any": ("Services are available in {langs_en}.",)},
}

CLOSING = {
    "fi": {
        "i": ("Ota yhteyttä, niin suunnitellaan yhdessä juuri teidän tilaisuuteenne sopiva kokonaisuus.", "Otan mielelläni vastaan myös räätälöityjä tilauksia.", "Kysy lisää ja pyydä tarjous!"),
        "we": ("Ota yhteyttä, niin suunnitellaan yhdessä juuri teidän tilaisuuteenne sopiva kokonaisuus.", "Otamme mielellämme vastaan myös räätälöityjä tilauksia.", "Kysy lisää ja pyydä tarjous!"),
        "any": ("Lisätietoja ja referenssejä saa sähköpostitse.", "Kysy lisää ja pyydä tarjous!"),
    },
    "sv": {
        "i": ("Kontakta mig så skräddarsyr vi ett program som passar just ert evenemang.", "Fråga gärna efter en offert!"),
        "we": ("Kontakta oss så skräddarsyr vi ett program som passar just ert evenemang.", "Fråga gärna efter en offert!"),
        "any": ("Mer information och referenser fås per e-post.", "Fråga gärna efter en offert!"),
    },
    "en": {
        "i": ("Get in touch and let's plan a programme that suits your event.", "Feel free to ask for a quote!"),
        "we": ("Get in touch and let's plan a programme that suits your event.", "Feel free to ask for a quote!"),
        "any": ("More information and references are available by email.",),
    },
}
