"""A small hand-written corpus of SearchDocuments: Finnish, Swedish and English profiles.

Documents are laid out the way the indexer lays out catalog rows: taxonomy
labels and synonyms of every code in all three languages, places with the
municipality's Finnish and Swedish names and the served regions' names,
art forms with their parents, regions served plus the home region.
Each document is written for the semantic tests in contract.py; the comments
say which.
"""

from __future__ import annotations

from datetime import datetime, timezone

from catalog.taxonomy import load_taxonomy
from search.documents import SearchDocument

TAXONOMY = load_taxonomy()
TEXT_VOCABULARIES = ("art_form", "service_type", "target_group")


def make_doc(
    kind: str,
    number: int,
    slug: str,
    name: str | dict[str, str],
    description: dict[str, str],
    *,
    municipality: str,
    created: str,
    art_form: tuple[str, ...] = (),
    service_type: tuple[str, ...] = (),
    target_group: tuple[str, ...] = (),
    regions_served: tuple[str, ...] = (),
    language: tuple[str, ...] = ("fi",),
    creator_type: tuple[str, ...] = ("individual",),
    keywords: dict[str, list[str]] | None = None,
    creator_name: str | None = None,
    online: bool | None = None,
    public: bool = True,
    version: int = 1,
    display: dict | None = None,
) -> SearchDocument:
    home = TAXONOMY.find_municipality(municipality)
    names = {lang: name for lang in ("fi", "sv", "en")} if isinstance(name, str) else dict(name)
    codes = {"art_form": art_form, "service_type": service_type, "target_group": target_group}
    art_forms = tuple(dict.fromkeys(a for code in art_form for a in (*TAXONOMY.ancestors("art_form", code), code)))
    regions = tuple(dict.fromkeys((home.region, *regions_served)))
    taxonomy: dict[str, list[str]] = {"fi": [], "sv": [], "en": []}
    for vocabulary in TEXT_VOCABULARIES:
        for code in art_forms if vocabulary == "art_form" else codes[vocabulary]:
            for lang, words in TAXONOMY.search_labels(vocabulary, code).items():
                taxonomy[lang].extend(words)
    places = {
        "fi": [home.name_fi, *(TAXONOMY.label("region", r, "fi") for r in regions)],
        "sv": [home.name_sv or home.name_fi, *(TAXONOMY.label("region", r, "sv") for r in regions)],
        "en": [home.name_fi, *(TAXONOMY.label("region", r, "en") for r in regions)],
    }
    moment = datetime.fromisoformat(created).replace(tzinfo=timezone.utc)
    return SearchDocument(
        id=f"{kind}:{number}",
        kind=kind,
        external_id=f"ext-{kind[0]}{number}",
        slug=slug,
        name=names,
        description=description,
        keywords=keywords or {},
        creator_name=creator_name,
        taxonomy=taxonomy,
        places=places,
        facets={
            "art_form": art_forms,
            "region": regions,
            "service_type": service_type,
            "target_group": target_group,
            "language": language,
            "creator_type": creator_type,
        },
        online=online,
        created_at=moment,
        updated_at=moment,
        version=version,
        display=display or {"municipality": home.name_fi},
        public=public,
    )


CREATORS = [
    # Place names ("Tampereella", "i Tammerfors", "Tampere"): the text never names the city.
    make_doc("creator", 1, "aino-virtanen", "Aino Virtanen",
             {"fi": "Olen tanssija ja koreografi. Teen nykytanssiteoksia ja opetan kehollista ilmaisua kaikenikäisille."},
             municipality="Tampere", created="2023-05-02T10:00:00", art_form=("contemporary-dance",)),
    # "kuvaaja" finds "videokuvaaja"; "Turussa" finds a Turku creator; typo tests on "Lehtinen".
    make_doc("creator", 2, "mikko-lehtinen", "Mikko Lehtinen",
             {"fi": "Olen videokuvaaja ja leikkaaja. Teen musiikkivideoita, dokumentteja ja tapahtumataltiointeja."},
             municipality="Turku", created="2022-11-15T09:00:00", art_form=("media-art",)),
    # Finnish-only music profile: "musiker" and "musician" reach it through the taxonomy.
    make_doc("creator", 3, "kaisa-makela", "Kaisa Mäkelä",
             {"fi": "Soitan kanteletta ja laulan vanhoja runolauluja. Esiinnyn konserteissa, kouluissa ja juhlissa."},
             municipality="Kuopio", created="2024-02-20T12:00:00", art_form=("folk-music",)),
    # Same-language match for "musiker".
    make_doc("creator", 4, "johan-lindqvist", "Johan Lindqvist",
             {"sv": "Jag är musiker och låtskrivare från Österbotten. Jag spelar gitarr och sjunger på svenska och finska."},
             municipality="Vaasa", created="2021-08-01T08:00:00", art_form=("pop-rock",), language=("sv", "fi")),
    # Same-language match for "musician".
    make_doc("creator", 5, "emily-clarke", "Emily Clarke",
             {"en": "I am a jazz musician and singer. I perform standards and my own songs with my trio."},
             municipality="Helsinki", created="2021-03-03T08:00:00", art_form=("jazz",), language=("en", "fi")),
    # Regions served: home Keski-Suomi, also plays in Pirkanmaa.
    make_doc("creator", 6, "teatteri-tuulensuu", "Teatteri Tuulensuu",
             {"fi": "Ammattiteatteri, joka tekee näytelmiä lapsille ja nuorille. Kiertävät esityksemme sopivat päiväkoteihin ja kouluihin."},
             municipality="Jyväskylä", created="2020-06-10T08:00:00", art_form=("childrens-theatre",),
             regions_served=("pirkanmaa",), creator_type=("group",)),
    make_doc("creator", 7, "liisa-koskinen", "Liisa Koskinen",
             {"fi": "Taidemaalari, joka maalaa suuria öljyvärimaalauksia luonnosta.",
              "sv": "Konstnär som målar stora oljemålningar av naturen."},
             municipality="Porvoo", created="2023-09-09T08:00:00", art_form=("painting",), language=("fi", "sv")),
    make_doc("creator", 8, "tanssiryhma-liike", "Tanssiryhmä Liike",
             {"fi": "Katutanssiryhmä, joka esiintyy tapahtumissa ja pitää breakdance-työpajoja nuorille."},
             municipality="Oulu", created="2024-04-04T08:00:00", art_form=("street-dance",), creator_type=("group",)),
    # Name and taxonomy outweigh description: "klovni" is in this name and in circus synonyms...
    make_doc("creator", 10, "klovni-hattivatti", "Klovni Hattivatti",
             {"fi": "Sirkusesityksiä ja ilmapallotaidetta lastenjuhliin ja yritystapahtumiin."},
             municipality="Espoo", created="2019-05-05T08:00:00", art_form=("circus",)),
    # ... and only deep in this description (newer, so recency cannot explain the order).
    make_doc("creator", 11, "ville-nieminen", "Ville Nieminen",
             {"fi": "Näyttelijä ja improvisoija, joka on tehnyt teatteria kaksikymmentä vuotta. Lastenjuhlissa olen usein klovni."},
             municipality="Helsinki", created="2024-06-06T08:00:00", art_form=("improvisational-theatre",)),
    # Exact above typo: "Karlsson" and "Carlsson" are one edit apart.
    make_doc("creator", 12, "anna-karlsson", "Anna Karlsson",
             {"sv": "Keramiker som gör bruksföremål i stengods."},
             municipality="Helsinki", created="2022-01-01T08:00:00", art_form=("ceramics",), language=("sv",)),
    make_doc("creator", 13, "erik-carlsson", "Erik Carlsson",
             {"sv": "Keramiker och lärare, håller kurser i drejning."},
             municipality="Helsinki", created="2024-01-01T08:00:00", art_form=("ceramics",), language=("sv",)),
    # Short words get no typos: "runo" finds, "ruon" does not.
    make_doc("creator", 14, "helmi-salo", "Helmi Salo",
             {"fi": "Kirjoitan runoja ja esiinnyn lausuntailloissa."},
             municipality="Lahti", created="2023-01-15T08:00:00", art_form=("poetry",)),
    # Voikko correction: "laulunopettajlle" -> "laulunopettajalle" -> laulunopettaja.
    make_doc("creator", 15, "sanna-laaksonen", "Sanna Laaksonen",
             {"fi": "Olen laulunopettaja ja kuoronjohtaja. Opetan laulua kaikenikäisille."},
             municipality="Lahti", created="2022-05-05T08:00:00", art_form=("choral-music",)),
    # "tanssijoille" reaches "tanssija" through the text alone (circus has no dance labels).
    make_doc("creator", 16, "oona-ilmanen", "Oona Ilmanen",
             {"fi": "Olen ilma-akrobaatti ja koulutukseltani tanssija."},
             municipality="Turku", created="2023-03-03T08:00:00", art_form=("circus",)),
    # All words outweigh some: "kantele" in the name, but not in Kuopio.
    make_doc("creator", 17, "kantele-duo-kielo", "Kantele-duo Kielo",
             {"fi": "Kahden kanteleen duo soittaa uutta ja vanhaa musiikkia."},
             municipality="Helsinki", created="2024-05-01T08:00:00", art_form=("folk-music",), creator_type=("group",)),
]

SERVICES = [
    # "course" finds Finnish "kurssi" services.
    make_doc("service", 101, "kanteleensoiton-kurssi", {"fi": "Kanteleensoiton kurssi aloittelijoille"},
             {"fi": "Kurssilla opit soittamaan viisikielistä kanteletta. Kurssi sopii aikuisille ja nuorille."},
             municipality="Kuopio", created="2024-01-10T08:00:00", art_form=("folk-music",), service_type=("course",),
             target_group=("adults", "youth"), creator_name="Kaisa Mäkelä", online=False,
             display={"price_eur": 120, "price_basis": "per-person", "municipality": "Kuopio"}),
    # "lastenmusiikki" finds a service described as "musiikkia lapsille" (no children's labels).
    make_doc("service", 102, "laulutuokio", {"fi": "Laulutuokio"},
             {"fi": "Iloista musiikkia lapsille: laulamme ja soitamme yhdessä."},
             municipality="Kuopio", created="2023-10-10T08:00:00", art_form=("music",), service_type=("concert",),
             target_group=("schools",), creator_name="Kaisa Mäkelä", online=False),
    # Exact "tanssijoille" ranks above stem-only "tanssija" matches.
    make_doc("service", 103, "nykytanssin-tyopaja", {"fi": "Nykytanssin työpaja", "sv": "Workshop i samtida dans"},
             {"fi": "Työpaja tanssijoille ja harrastajille. Tutkimme liikettä improvisaation avulla.",
              "sv": "Workshop för dansare och amatörer."},
             municipality="Tampere", created="2022-02-02T08:00:00", art_form=("contemporary-dance",),
             service_type=("workshop",), target_group=("adults",), creator_name="Aino Virtanen", online=False,
             language=("fi", "sv")),
    make_doc("service", 104, "jazz-evening", {"en": "Jazz evening with the Emily Clarke Trio"},
             {"en": "Standards and originals for corporate events and festivals. <b>Bring</b> your own requests & wishes."},
             municipality="Helsinki", created="2023-07-07T08:00:00", art_form=("jazz",), service_type=("concert",),
             target_group=("adults",), creator_name="Emily Clarke", online=False, language=("en",)),
    make_doc("service", 105, "runoilun-verkkokurssi", {"fi": "Runoilun verkkokurssi"},
             {"fi": "Kuuden viikon kurssi etäyhteydellä: kirjoitamme ja luemme runoja yhdessä."},
             municipality="Lahti", created="2024-03-01T08:00:00", art_form=("poetry",), service_type=("course",),
             target_group=("adults",), creator_name="Helmi Salo", online=True),
    make_doc("service", 106, "videotyopaja-nuorille", {"fi": "Videotyöpaja nuorille"},
             {"fi": "Nuoret kuvaavat ja editoivat oman lyhytvideon puhelimella."},
             municipality="Turku", created="2023-11-11T08:00:00", art_form=("media-art",), service_type=("workshop",),
             target_group=("youth",), regions_served=("satakunta",), creator_name="Mikko Lehtinen", online=False),
    make_doc("service", 107, "satunaytelma-kuukivi", {"fi": "Satunäytelmä Kuukivi"},
             {"fi": "Puolen tunnin satunäytelmä päiväkodeille."},
             municipality="Jyväskylä", created="2021-12-12T08:00:00", art_form=("childrens-theatre",),
             service_type=("performance",), target_group=("early-childhood", "children"),
             regions_served=("pirkanmaa",), creator_name="Teatteri Tuulensuu", creator_type=("group",), online=False),
    # Name outweighs description: "Tuulensuu" only in this description.
    make_doc("service", 108, "tanssiteos-tuuli", {"fi": "Tanssiteos Tuuli"},
             {"fi": "Teos syntyi yhteistyössä Tuulensuu-teatterin kanssa, ja sen ensi-ilta oli Tampereella."},
             municipality="Tampere", created="2024-07-01T08:00:00", art_form=("contemporary-dance",),
             service_type=("performance",), target_group=("adults",), creator_name="Aino Virtanen", online=False),
]

SERVICES.append(
    # Stems outweigh typos: "Lehtisen" is Lehtinen inflected (stem) and one edit from "Lehtosen" (typo).
    make_doc("service", 110, "lehtosen-lauluilta", {"fi": "Lehtosen lauluilta"},
             {"fi": "Yhteislaulua ja tarinoita vanhoista iskelmistä."},
             municipality="Kouvola", created="2024-09-01T08:00:00", art_form=("music",), service_type=("concert",),
             target_group=("seniors",), creator_name="Mari Lehtonen", online=False),
)

CREATORS.append(
    # More facet values than the embedded index has slots for: exercises the overflow counting.
    make_doc("creator", 18, "sirkus-kupoli", "Sirkus Kupoli",
             {"fi": "Kiertävä sirkus- ja nukketeatteri, jonka esityksissä soi elävä maailmanmusiikki."},
             municipality="Kouvola", created="2022-09-09T08:00:00",
             art_form=("circus", "puppet-theatre", "childrens-theatre", "world-music"),
             target_group=("children", "families", "schools", "early-childhood", "seniors"),
             regions_served=("uusimaa", "pirkanmaa", "pohjois-savo", "lappi", "kainuu", "satakunta"),
             language=("fi", "sv", "en", "se"), creator_type=("group",)),
)

# Never returned: the indexer only sends public records, backends must not show others.
PRIVATE = [
    make_doc("creator", 9, "salla-salainen", "Salla Salainen",
             {"fi": "Tanssija ja koreografi, profiili odottaa hyväksyntää."},
             municipality="Tampere", created="2024-08-08T08:00:00", art_form=("dance",), public=False),
    make_doc("service", 109, "salainen-kurssi", {"fi": "Salainen tanssikurssi"},
             {"fi": "Luonnos, ei vielä julkaistu."},
             municipality="Tampere", created="2024-08-09T08:00:00", art_form=("dance",), service_type=("course",),
             creator_name="Salla Salainen", public=False),
]

PUBLIC = CREATORS + SERVICES
CORPUS = PUBLIC + PRIVATE
BY_SLUG = {doc.slug: doc for doc in CORPUS}
