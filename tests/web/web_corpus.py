"""A small, realistic catalog for the web tests: creators and services in import format.

About thirty creators across regions and art forms, written in Finnish,
Swedish or English (a few in two languages), and their services, many of them
children's workshops, the buyer the site is built for. Includes what a site
must hide or handle: a pending creator, an unpublished service, a name with
HTML in it, a profile written only in Swedish.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

START = datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc)

# (id, name, type, municipality, home region, other regions, art forms, languages, description, keywords)
_CREATORS = [
    ("c-satu", "Satu Lehtinen", "individual", "Tampere", "pirkanmaa", ["kanta-hame"], ["childrens-music", "music"], ["fi"],
     {"fi": "Lastenmuusikko ja laulunopettaja. Teen lastenkonsertteja ja laulutyöpajoja päiväkoteihin ja kouluihin Pirkanmaalla."},
     {"fi": ["lastenmusiikki", "laulu", "ukulele"]}),
    ("c-kaarna", "Duo Kaarna", "group", "Tampere", "pirkanmaa", [], ["folk-music"], ["fi", "sv"],
     {"fi": "Kansanmusiikkiduo, joka soittaa kanteletta ja viulua. Konsertteja kirjastoihin ja palvelutaloihin.",
      "sv": "Folkmusikduo med kantele och fiol. Konserter för bibliotek och servicehus."},
     {"fi": ["kantele", "viulu"]}),
    ("c-anna", "Anna Virtanen", "individual", "Helsinki", "uusimaa", ["uusimaa"], ["painting", "visual-arts"], ["fi", "en"],
     {"fi": "Kuvataiteilija, joka ohjaa maalaustyöpajoja lapsille ja aikuisille. Akvarelli ja akryyli.",
      "en": "Visual artist running painting workshops for children and adults. Watercolour and acrylic."},
     {"fi": ["maalaus", "akvarelli"]}),
    ("c-lina", "Lina Holmström", "individual", "Porvoo", "uusimaa", [], ["contemporary-dance", "dance"], ["sv", "fi"],
     {"sv": "Dansare och danspedagog i Borgå. Jag håller danslektioner och workshoppar för barn och unga på svenska."},
     {"sv": ["dans", "barndans"]}),
    ("c-teatteri-kipina", "Teatteri <b>Kipinä</b> & co", "group", "Turku", "varsinais-suomi", ["satakunta"], ["childrens-theatre", "puppet-theatre"], ["fi"],
     {"fi": "Nukketeatteria ja lastenteatteria kiertueella. Esityksiä päiväkoteihin ja kirjastoihin Varsinais-Suomessa."},
     {"fi": ["nukketeatteri", "satu"]}),
    ("c-mikko", "Mikko Heikkinen", "individual", "Oulu", "pohjois-pohjanmaa", ["lappi"], ["photography"], ["fi", "en"],
     {"fi": "Valokuvaaja ja valokuvauksen opettaja. Valokuvauskursseja nuorille ja aikuisille Oulussa.",
      "en": "Photographer and teacher of photography. Photography courses for young people and adults in Oulu."},
     {"fi": ["valokuvaus", "kamera"]}),
    ("c-emma", "Emma Lindqvist", "individual", "Vaasa", "pohjanmaa", [], ["literature", "storytelling"], ["sv", "fi"],
     {"sv": "Författare och sagoberättare. Sagostunder för barn på bibliotek och daghem i Österbotten."},
     {"sv": ["saga", "berättande"]}),
    ("c-sirkus-helmi", "Sirkus Helmi", "association", "Jyväskylä", "keski-suomi", ["pirkanmaa"], ["circus"], ["fi"],
     {"fi": "Sirkusyhdistys, joka järjestää sirkustyöpajoja koko perheelle ja sirkuskouluja lapsille."},
     {"fi": ["sirkus", "jongleeraus", "akrobatia"]}),
    ("c-jazz", "Kuopio Jazz Trio", "group", "Kuopio", "pohjois-savo", [], ["jazz", "music"], ["fi", "en"],
     {"en": "A jazz trio playing standards and original music for events, restaurants and festivals in Eastern Finland."},
     {"en": ["jazz", "standards"]}),
    ("c-keramiikka", "Savipaja Ruukku", "company", "Joensuu", "pohjois-karjala", [], ["ceramics", "crafts"], ["fi"],
     {"fi": "Keramiikkapaja, jossa pidetään dreijauskursseja ja savityöpajoja lapsille, nuorille ja työyhteisöille."},
     {"fi": ["keramiikka", "savi", "dreijaus"]}),
    ("c-lahti-kuoro", "Lahden Laulajat", "association", "Lahti", "paijat-hame", [], ["choral-music"], ["fi"],
     {"fi": "Sekakuoro, joka esiintyy juhlissa ja tilaisuuksissa. Ohjelmistossa suomalaista kuoromusiikkia."},
     {"fi": ["kuoro", "laulu"]}),
    ("c-pori-rap", "MC Satama", "individual", "Pori", "satakunta", ["varsinais-suomi"], ["hip-hop"], ["fi"],
     {"fi": "Räppäri, joka pitää riimityöpajoja kouluissa. Nuoret kirjoittavat omat räppinsä ja esittävät ne."},
     {"fi": ["räp", "riimit", "sanataide"]}),
    ("c-aland", "Ålands Konstverkstad", "association", "Mariehamn", "ahvenanmaa", [], ["visual-arts", "arts-education"], ["sv"],
     {"sv": "Konstverkstad för barn och unga i Mariehamn. Vi erbjuder målarkurser och konstläger på sommaren."},
     {"sv": ["konst", "måleri", "läger"]}),
    ("c-rovaniemi", "Aurora Films", "company", "Rovaniemi", "lappi", [], ["film", "documentary-film"], ["en", "fi"],
     {"en": "A small documentary film company in Lapland. We make films and teach video storytelling to youth groups."},
     {"en": ["documentary", "video"]}),
    ("c-seinajoki", "Tanssiryhmä Vimma", "group", "Seinäjoki", "etela-pohjanmaa", [], ["street-dance", "dance"], ["fi"],
     {"fi": "Katutanssiryhmä, joka opettaa hip hop -tanssia ja breakdancea nuorille. Esityksiä tapahtumiin."},
     {"fi": ["katutanssi", "breakdance"]}),
    ("c-hameenlinna", "Liisa Korhonen", "individual", "Hämeenlinna", "kanta-hame", ["pirkanmaa", "uusimaa"], ["childrens-literature", "literature"], ["fi"],
     {"fi": "Lastenkirjailija, joka vierailee kouluissa ja kirjastoissa. Kirjailijavierailuja ja sanataidetyöpajoja lapsille."},
     {"fi": ["lastenkirjallisuus", "sanataide"]}),
    ("c-kotka", "Kotkan Meripuppets", "group", "Kotka", "kymenlaakso", [], ["puppet-theatre"], ["fi", "en"],
     {"fi": "Nukketeatteriryhmä Kotkasta. Meriaiheisia nukketeatteriesityksiä pienille lapsille."},
     {"fi": ["nukketeatteri", "meri"]}),
    ("c-lappeenranta", "Ville Nieminen", "individual", "Lappeenranta", "etela-karjala", [], ["classical-music", "music"], ["fi", "ru"],
     {"fi": "Pianisti ja pianonsoiton opettaja. Klassisen musiikin konsertteja ja musiikkiesittelyjä kouluille."},
     {"fi": ["piano", "klassinen"]}),
    ("c-mikkeli", "Maria Savolainen", "individual", "Mikkeli", "etela-savo", [], ["textile-art", "crafts"], ["fi"],
     {"fi": "Tekstiilitaiteilija. Huovutus- ja kudontatyöpajoja kaikenikäisille."},
     {"fi": ["huovutus", "kudonta"]}),
    ("c-espoo-improv", "Improteatteri Hetki", "group", "Espoo", "uusimaa", [], ["improvisational-theatre"], ["fi", "en"],
     {"fi": "Improvisaatioteatteri, joka tekee esityksiä ja improkursseja työyhteisöille.",
      "en": "Improvisational theatre performing and teaching improv to workplaces."},
     {"fi": ["improvisaatio", "impro"]}),
    ("c-raasepori", "Raseborgs Barnteater", "association", "Raasepori", "uusimaa", [], ["childrens-theatre"], ["sv"],
     {"sv": "Barnteater på svenska i Västnyland. Föreställningar för daghem och skolor."},
     {"sv": ["barnteater"]}),
    ("c-kokkola", "Karleby Kammarmusik", "group", "Kokkola", "keski-pohjanmaa", [], ["classical-music"], ["sv", "fi"],
     {"sv": "Kammarmusikensemble som ger konserter i skolor och på äldreboenden."},
     {"sv": ["kammarmusik"]}),
    ("c-salo", "Pekka Mäkinen", "individual", "Salo", "varsinais-suomi", [], ["sculpture"], ["fi"],
     {"fi": "Kuvanveistäjä, joka tekee julkisia teoksia ja puuveistoksia tilauksesta."},
     {"fi": ["kuvanveisto", "puu"]}),
    ("c-helsinki-sign", "Viittomateatteri Käsi", "group", "Helsinki", "uusimaa", [], ["theatre", "applied-theatre"], ["fse", "fi"],
     {"fi": "Teatteria suomalaisella viittomakielellä ja puhuttuna suomena. Esityksiä kouluille ja perheille."},
     {"fi": ["viittomakieli", "teatteri"]}),
    ("c-nokia", "Nokian Rumpupiiri", "association", "Nokia", "pirkanmaa", [], ["world-music"], ["fi"],
     {"fi": "Rumpupiiri ja rytmityöpajat afrikkalaisilla rummuilla kouluille ja juhliin."},
     {"fi": ["rummut", "rytmi"]}),
    ("c-pending", "Odottava Taiteilija", "individual", "Helsinki", "uusimaa", [], ["painting"], ["fi"],
     {"fi": "Tämä profiili odottaa vielä hyväksyntää eikä saa näkyä haussa."},
     {"fi": ["salainen"]}),
]

# (id, creator, title, service type, art forms, target groups, regions, languages, minutes, min, max, price, basis, online, description)
_SERVICES = [
    ("s-laulupaja", "c-satu", {"fi": "Laulutyöpaja päiväkodeille"}, "workshop", ["childrens-music"], ["early-childhood", "children"], ["pirkanmaa", "kanta-hame"], ["fi"], 45, 5, 25, 350, "per-group", False,
     {"fi": "Leikkisä laulutyöpaja, jossa lapset laulavat, loruttelevat ja soittavat rytmisoittimia."}),
    ("s-lastenkonsertti", "c-satu", {"fi": "Lastenkonsertti: Metsän laulut"}, "concert", ["childrens-music"], ["early-childhood", "families"], ["pirkanmaa"], ["fi"], 40, 10, 120, 550, "per-performance", False,
     {"fi": "Interaktiivinen konsertti metsän eläimistä 3–7-vuotiaille."}),
    ("s-kantele", "c-kaarna", {"fi": "Kanteletyöpaja", "sv": "Kantele-workshop"}, "workshop", ["folk-music"], ["children", "schools"], ["pirkanmaa"], ["fi", "sv"], 60, 5, 20, 400, "per-group", False,
     {"fi": "Lapset tutustuvat kanteleeseen ja soittavat yhdessä kansanlauluja.", "sv": "Barnen bekantar sig med kantelen och spelar folkvisor tillsammans."}),
    ("s-maalaus", "c-anna", {"fi": "Maalaustyöpaja lapsille", "en": "Painting workshop for children"}, "workshop", ["painting"], ["children", "families"], ["uusimaa"], ["fi", "en"], 90, 4, 15, 300, "per-group", False,
     {"fi": "Tutustutaan värien sekoittamiseen ja maalataan omat akvarellit.", "en": "Children learn to mix colours and paint their own watercolours."}),
    ("s-akvarelli-online", "c-anna", {"fi": "Akvarellikurssi verkossa", "en": "Online watercolour course"}, "course", ["painting"], ["adults"], ["uusimaa"], ["fi", "en"], 120, 1, 30, 45, "per-person", True,
     {"fi": "Neljän kerran akvarellikurssi aikuisille videoyhteydellä.", "en": "A four-session watercolour course for adults over video."}),
    ("s-dansverkstad", "c-lina", {"sv": "Dansverkstad för barn"}, "workshop", ["contemporary-dance"], ["children", "schools"], ["uusimaa"], ["sv"], 60, 5, 25, 320, "per-group", False,
     {"sv": "En lekfull dansverkstad där barnen skapar rörelser till musik."}),
    ("s-nukketeatteri", "c-teatteri-kipina", {"fi": "Nukketeatteriesitys: Pikku Myyrä"}, "performance", ["puppet-theatre"], ["early-childhood", "families"], ["varsinais-suomi", "satakunta"], ["fi"], 35, 10, 100, 690, "per-performance", False,
     {"fi": "Lämmin nukketeatteriesitys pienestä myyrästä, joka etsii kotiaan. Sopii 2–6-vuotiaille."}),
    ("s-nukkepaja", "c-teatteri-kipina", {"fi": "Nukentekotyöpaja"}, "workshop", ["puppet-theatre"], ["children"], ["varsinais-suomi"], ["fi"], 75, 5, 20, None, None, False,
     {"fi": "Lapset tekevät omat sukkanuket ja esittävät niillä pienen näytelmän."}),
    ("s-valokuvakurssi", "c-mikko", {"fi": "Valokuvauskurssi nuorille", "en": "Photography course for young people"}, "course", ["photography"], ["youth"], ["pohjois-pohjanmaa"], ["fi", "en"], 180, 5, 15, 900, "fixed", False,
     {"fi": "Kolmen kerran kurssi kännykkä- ja järjestelmäkameralla kuvaamiseen.", "en": "Three sessions on shooting with phones and cameras."}),
    ("s-sagostund", "c-emma", {"sv": "Sagostund på biblioteket", "fi": "Satutuokio kirjastossa"}, "performance", ["storytelling"], ["early-childhood", "children"], ["pohjanmaa"], ["sv", "fi"], 30, 5, 40, 200, "per-performance", False,
     {"sv": "Sagoberättande med rekvisita för barn 3–8 år, på svenska eller finska."}),
    ("s-sirkuspaja", "c-sirkus-helmi", {"fi": "Sirkustyöpaja koko perheelle"}, "workshop", ["circus"], ["families", "children"], ["keski-suomi", "pirkanmaa"], ["fi"], 90, 10, 40, 480, "per-group", False,
     {"fi": "Jongleerausta, tasapainoilua ja akrobatiaa turvallisesti ohjattuna."}),
    ("s-jazzkeikka", "c-jazz", {"en": "Jazz for your event", "fi": "Jazzia tilaisuuteesi"}, "concert", ["jazz"], ["adults", "workplaces"], ["pohjois-savo"], ["fi", "en"], 120, None, None, 1500, "per-performance", False,
     {"en": "Two sets of jazz standards for parties, openings and company events."}),
    ("s-savipaja", "c-keramiikka", {"fi": "Savityöpaja lapsille"}, "workshop", ["ceramics"], ["children", "schools"], ["pohjois-karjala"], ["fi"], 60, 5, 15, 15, "per-person", False,
     {"fi": "Lapset muovailevat savesta eläinhahmoja, jotka poltetaan uunissa."}),
    ("s-dreijaus", "c-keramiikka", {"fi": "Dreijauskurssi työyhteisöille"}, "course", ["ceramics"], ["workplaces", "adults"], ["pohjois-karjala"], ["fi"], 150, 4, 12, 65, "per-person", False,
     {"fi": "Tyhy-päivän dreijauskurssi: jokainen tekee oman kupin."}),
    ("s-riimipaja", "c-pori-rap", {"fi": "Riimityöpaja kouluille"}, "workshop", ["hip-hop"], ["youth", "schools"], ["satakunta", "varsinais-suomi"], ["fi"], 90, 10, 30, 600, "per-group", False,
     {"fi": "Nuoret kirjoittavat omia riimejä ja räppäävät ne lopuksi yhdessä."}),
    ("s-konstlager", "c-aland", {"sv": "Konstläger för barn"}, "course", ["visual-arts"], ["children"], ["ahvenanmaa"], ["sv"], 1440, 8, 20, 120, "per-person", False,
     {"sv": "Ett veckolångt konstläger med målning, lera och utflykter i naturen."}),
    ("s-videopaja", "c-rovaniemi", {"en": "Video storytelling workshop", "fi": "Videotarinatyöpaja"}, "workshop", ["documentary-film"], ["youth", "schools"], ["lappi"], ["en", "fi"], 240, 5, 20, 950, "per-group", True,
     {"en": "Young people plan, shoot and edit a short documentary about their home town."}),
    ("s-katutanssi", "c-seinajoki", {"fi": "Katutanssin alkeet nuorille"}, "course", ["street-dance"], ["youth"], ["etela-pohjanmaa"], ["fi"], 60, 8, 25, 250, "per-hour", False,
     {"fi": "Hip hop -tanssin perusaskeleet ja lyhyt koreografia."}),
    ("s-kirjailijavierailu", "c-hameenlinna", {"fi": "Kirjailijavierailu kouluun"}, "lecture", ["childrens-literature"], ["children", "schools"], ["kanta-hame", "pirkanmaa", "uusimaa"], ["fi"], 45, 20, 100, 420, "per-performance", False,
     {"fi": "Lastenkirjailija kertoo kirjoistaan ja lapset keksivät yhdessä tarinan."}),
    ("s-merinuket", "c-kotka", {"fi": "Merinukketeatteri pienille", "en": "Sea puppets for little ones"}, "performance", ["puppet-theatre"], ["early-childhood"], ["kymenlaakso"], ["fi", "en"], 30, 10, 60, 480, "per-performance", False,
     {"fi": "Nukketeatteriesitys meren eläimistä alle kouluikäisille."}),
    ("s-huovutus", "c-mikkeli", {"fi": "Huovutustyöpaja"}, "workshop", ["textile-art"], ["children", "seniors"], ["etela-savo"], ["fi"], 120, 5, 15, 280, "per-group", False,
     {"fi": "Huovutetaan villasta pieniä eläimiä ja koruja."}),
    ("s-impro", "c-espoo-improv", {"fi": "Improkurssi työyhteisölle", "en": "Improv course for your team"}, "course", ["improvisational-theatre"], ["workplaces"], ["uusimaa"], ["fi", "en"], 180, 6, 30, 1200, "fixed", True,
     {"fi": "Improharjoituksia, jotka parantavat vuorovaikutusta ja luovuutta.", "en": "Improv exercises that build communication and creativity."}),
    ("s-barnteater", "c-raasepori", {"sv": "Barnteaterföreställning: Lilla Björn"}, "performance", ["childrens-theatre"], ["early-childhood", "children"], ["uusimaa"], ["sv"], 40, 10, 80, 600, "per-performance", False,
     {"sv": "En föreställning om en liten björn som vaknar för tidigt ur sin vinterdvala."}),
    ("s-rumpupaja", "c-nokia", {"fi": "Rumpupaja lapsille"}, "workshop", ["world-music"], ["children", "schools"], ["pirkanmaa"], ["fi"], 60, 10, 30, 380, "per-group", False,
     {"fi": "Rytmejä ja yhteissoittoa afrikkalaisilla rummuilla."}),
    ("s-piilotettu", "c-satu", {"fi": "Julkaisematon luonnos"}, "workshop", ["music"], ["children"], ["pirkanmaa"], ["fi"], 30, None, None, 100, "per-group", False,
     {"fi": "Tätä palvelua ei ole julkaistu eikä se saa näkyä."}),
    ("s-odottava", "c-pending", {"fi": "Odottavan taiteilijan työpaja"}, "workshop", ["painting"], ["children"], ["uusimaa"], ["fi"], 60, None, None, 100, "per-group", False,
     {"fi": "Tekijää ei ole hyväksytty, joten tämäkään ei saa näkyä."}),
]

UNPUBLISHED_SERVICE = "s-piilotettu"
PENDING_CREATOR = "c-pending"


def creator_records() -> list[dict]:
    records = []
    for n, (cid, name, ctype, municipality, home, regions, arts, langs, description, keywords) in enumerate(_CREATORS):
        moment = (START + timedelta(days=7 * n)).isoformat()
        records.append({
            "kind": "creator", "id": cid, "name": name, "creator_type": ctype, "municipality": municipality,
            "home_region": home, "regions": regions, "art_forms": arts, "languages": langs,
            "description": description, "keywords": keywords,
            "email": f"{cid[2:]}@example.fi", "phone": "+358 40 123 4567", "website": f"https://example.fi/{cid[2:]}",
            "status": "pending" if cid == PENDING_CREATOR else "approved",
            "created_at": moment, "updated_at": moment,
        })
    return records


def service_records() -> list[dict]:
    records = []
    for n, row in enumerate(_SERVICES):
        (sid, creator, title, stype, arts, targets, regions, langs, minutes, amin, amax, price, basis, online, description) = row
        moment = (START + timedelta(days=5 * n + 2)).isoformat()
        record = {
            "kind": "service", "id": sid, "creator": creator, "title": title, "service_type": stype,
            "art_forms": arts, "target_groups": targets, "regions": regions, "languages": langs,
            "duration_minutes": minutes, "audience_min": amin, "audience_max": amax, "price_eur": price,
            "price_basis": basis, "online": online, "description": description,
            "published": sid != UNPUBLISHED_SERVICE, "created_at": moment, "updated_at": moment,
        }
        if sid == "s-laulupaja":
            record["accessibility"] = {"fi": "Tila on esteetön; työpaja sopii myös pyörätuolia käyttäville."}
        records.append(record)
    return records


def all_records() -> list[dict]:
    return creator_records() + service_records()


PUBLIC_CREATORS = len(_CREATORS) - 1
PUBLIC_SERVICES = len(_SERVICES) - 2
