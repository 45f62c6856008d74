"""What services are called and how they are described, per art form, service type and audience.

A noun starting with "+" is a compound on the creator's specialty:
"+konsertti" with "kansanmusiikki" gives "kansanmusiikkikonsertti",
Swedish "+konsert" gives "folkmusikkonsert", English "+ concert" "folk music concert".
"""

from __future__ import annotations

from dataclasses import dataclass

KIDS = ("early-childhood", "children", "families", "schools")


@dataclass(frozen=True)
class Noun:
    fi: str
    sv: str
    en: str
    audiences: tuple[str, ...] = ()  # target groups it suits; empty = any
    implies: tuple[str, ...] = ()  # target groups already said by the noun ("perhekonsertti")


def N(fi: str, sv: str, en: str, audiences: tuple[str, ...] = (), implies: tuple[str, ...] = ()) -> Noun:
    return Noun(fi, sv, en, audiences, implies)


# art form -> service type -> (weight, nouns)
SERVICE_NOUNS: dict[str, dict[str, tuple[float, tuple[Noun, ...]]]] = {
    "music": {
        "concert": (50, (
            N("konsertti", "konsert", "concert"),
            N("+konsertti", "+konsert", "+ concert"),
            N("lastenkonsertti", "barnkonsert", "children's concert", KIDS, ("children",)),
            N("perhekonsertti", "familjekonsert", "family concert", ("families", "children"), ("families",)),
            N("yhteislaulutilaisuus", "allsångsstund", "sing-along", ("seniors", "care", "adults", "families", "workplaces")),
            N("musiikkituokio", "musikstund", "music session", ("early-childhood", "care", "seniors", "special-groups")),
        )),
        "performance": (12, (
            N("+keikka", "+spelning", "+ gig", ("adults", "workplaces", "youth")),
            N("juhlamusiikki", "festmusik", "music for celebrations", ("adults", "workplaces", "families")),
            N("tanssiaismusiikki", "dansmusik till fester", "dance band for parties", ("adults", "seniors", "workplaces")),
            N("hääbändi", "bröllopsband", "wedding band", ("adults",)),
        )),
        "workshop": (18, (
            N("musiikkityöpaja", "musikverkstad", "music workshop"),
            N("+työpaja", "+verkstad", "+ workshop"),
            N("laulutyöpaja", "sångverkstad", "singing workshop"),
            N("rumputyöpaja", "trumverkstad", "drumming workshop", ("children", "youth", "schools", "workplaces", "special-groups")),
            N("bändityöpaja", "bandverkstad", "band workshop", ("youth", "schools")),
            N("lauluntekotyöpaja", "låtskrivarverkstad", "songwriting workshop", ("youth", "adults", "schools")),
        )),
        "course": (12, (
            N("laulukurssi", "sångkurs", "singing course", ("adults", "youth", "seniors")),
            N("+kurssi", "+kurs", "+ course", ("adults", "youth", "children")),
            N("soittotunnit", "spellektioner", "instrument lessons", ("children", "youth", "adults")),
            N("muskari", "musiklek", "music play group", ("early-childhood", "families"), ("early-childhood",)),
        )),
        "lecture": (5, (N("konserttiluento", "konsertföreläsning", "lecture concert", ("adults", "seniors", "schools")), N("+luento", "+föreläsning", "+ talk", ("adults", "seniors")))),
        "other": (3, (N("häämusiikki", "bröllopsmusik", "wedding music", ("adults",)), N("muistotilaisuuden musiikki", "musik vid minnesstunder", "music for memorial services", ("adults",)))),
    },
    "visual-arts": {
        "workshop": (40, (
            N("kuvataidetyöpaja", "bildkonstverkstad", "visual art workshop"),
            N("+työpaja", "+verkstad", "+ workshop"),
            N("maalaustyöpaja", "målarverkstad", "painting workshop"),
            N("taidetyöpaja", "konstverkstad", "art workshop"),
        )),
        "course": (18, (N("+kurssi", "+kurs", "+ course", ("adults", "youth", "seniors")), N("maalauskurssi", "målarkurs", "painting course", ("adults", "seniors", "youth")), N("piirustuskurssi", "teckningskurs", "drawing course", ("adults", "youth", "children")))),
        "exhibition": (20, (N("näyttely", "utställning", "exhibition"), N("kiertonäyttely", "vandringsutställning", "touring exhibition"), N("+näyttely", "+utställning", "+ exhibition"))),
        "commission": (14, (N("tilaustyö", "beställningsverk", "commissioned artwork", ("adults", "workplaces")), N("muotokuvamaalaus tilauksesta", "porträttmålning på beställning", "commissioned portrait", ("adults", "families")), N("julkinen taideteos", "offentligt konstverk", "public artwork", ("workplaces", "adults")))),
        "lecture": (8, (N("taiteilijatapaaminen", "konstnärsmöte", "meet the artist", ("adults", "seniors", "schools")), N("taideluento", "konstföreläsning", "art talk", ("adults", "seniors")))),
    },
    "photography": {
        "commission": (45, (
            N("valokuvauspalvelu", "fotograferingstjänst", "photography service", ("adults", "workplaces", "families")),
            N("tapahtumakuvaus", "evenemangsfotografering", "event photography", ("workplaces", "adults")),
            N("yrityskuvaus", "företagsfotografering", "corporate photography", ("workplaces",), ("workplaces",)),
            N("hääkuvaus", "bröllopsfotografering", "wedding photography", ("adults",)),
            N("perhekuvaus", "familjefotografering", "family photography", ("families",), ("families",)),
            N("+palvelu", "+tjänst", "+ service", ("adults", "workplaces")),
        )),
        "workshop": (25, (N("valokuvaustyöpaja", "fotoverkstad", "photography workshop"), N("kännykkäkuvaustyöpaja", "mobilfotoverkstad", "mobile photography workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "course": (15, (N("valokuvauskurssi", "fotokurs", "photography course", ("adults", "youth", "seniors")), N("+kurssi", "+kurs", "+ course", ("adults", "youth", "seniors")))),
        "exhibition": (10, (N("valokuvanäyttely", "fotoutställning", "photo exhibition"),)),
        "lecture": (5, (N("kuvaesitelmä", "bildföredrag", "illustrated talk", ("adults", "seniors")),)),
    },
    "media-art": {
        "exhibition": (30, (N("mediataideteos", "mediekonstverk", "media artwork"), N("+installaatio", "+installation", "+ installation"))),
        "workshop": (35, (N("mediataidetyöpaja", "mediekonstverkstad", "media art workshop"), N("+työpaja", "+verkstad", "+ workshop"), N("pelipaja", "spelverkstad", "game-making workshop", ("children", "youth", "schools")))),
        "production": (25, (N("valoteos tapahtumaan", "ljusverk för evenemang", "light installation for events", ("adults", "workplaces", "families")), N("+teos tilauksesta", "+verk på beställning", "+ commission", ("adults", "workplaces")))),
        "performance": (10, (N("audiovisuaalinen esitys", "audiovisuell föreställning", "audiovisual performance"),)),
    },
    "film": {
        "production": (40, (N("videotuotanto", "videoproduktion", "video production", ("workplaces", "adults")), N("yritysvideo", "företagsvideo", "corporate video", ("workplaces",)), N("tapahtumavideo", "evenemangsvideo", "event video", ("workplaces", "adults", "families")), N("+tuotanto", "+produktion", "+ production", ("workplaces", "adults")))),
        "workshop": (30, (N("elokuvatyöpaja", "filmverkstad", "filmmaking workshop"), N("animaatiotyöpaja", "animationsverkstad", "animation workshop", ("children", "youth", "schools", "families")), N("+työpaja", "+verkstad", "+ workshop"))),
        "course": (12, (N("videokuvauskurssi", "videokurs", "video course", ("adults", "youth")), N("+kurssi", "+kurs", "+ course", ("adults", "youth")))),
        "other": (12, (N("elokuvanäytös ja keskustelu", "filmvisning med samtal", "film screening and talk", ("adults", "seniors", "schools", "youth")),)),
        "lecture": (6, (N("elokuvaluento", "filmföreläsning", "film talk", ("adults", "seniors", "schools")),)),
    },
    "design": {
        "commission": (40, (N("visuaalisen ilmeen suunnittelu", "visuell identitet", "visual identity design", ("workplaces",)), N("logosuunnittelu", "logodesign", "logo design", ("workplaces", "adults")), N("julistesuunnittelu", "affischdesign", "poster design", ("workplaces", "adults")), N("sisustussuunnittelu", "inredningsplanering", "interior design", ("adults", "workplaces")))),
        "consulting": (30, (N("muotoilukonsultointi", "designkonsultation", "design consultancy", ("workplaces",)), N("palvelumuotoiluprojekti", "tjänstedesignprojekt", "service design project", ("workplaces",)))),
        "workshop": (30, (N("muotoilutyöpaja", "designverkstad", "design workshop"), N("kierrätysmuotoilutyöpaja", "återbruksverkstad", "upcycling workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
    },
    "crafts": {
        "workshop": (35, (N("käsityöpaja", "hantverksverkstad", "craft workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "course": (30, (N("+kurssi", "+kurs", "+ course", ("adults", "seniors", "youth")), N("käsityökurssi", "hantverkskurs", "crafts course", ("adults", "seniors", "youth")))),
        "commission": (20, (N("tilaustyöt", "beställningsarbeten", "commissioned work", ("adults", "workplaces")), N("lahjatilaukset yrityksille", "företagsgåvor på beställning", "corporate gifts to order", ("workplaces",), ("workplaces",)))),
        "exhibition": (15, (N("käsityönäyttely", "hantverksutställning", "crafts exhibition"), N("+näyttely", "+utställning", "+ exhibition"))),
    },
    "theatre": {
        "performance": (55, (
            N("teatteriesitys", "teaterföreställning", "theatre performance"),
            N("+esitys", "+föreställning", "+ show"),
            N("näytelmä", "pjäs", "play", ("adults", "youth", "families", "seniors")),
            N("monologi", "monolog", "monologue", ("adults", "youth")),
            N("lastennäytelmä", "barnpjäs", "children's play", KIDS, ("children",)),
            N("koululaisesitys", "skolföreställning", "school performance", ("schools", "children", "youth"), ("schools",)),
        )),
        "workshop": (25, (N("teatterityöpaja", "teaterverkstad", "theatre workshop"), N("+työpaja", "+verkstad", "+ workshop"), N("draamatyöpaja", "dramaverkstad", "drama workshop"))),
        "course": (15, (N("teatterikurssi", "teaterkurs", "theatre course", ("adults", "youth", "children", "seniors")), N("+kurssi", "+kurs", "+ course", ("adults", "youth", "children")))),
        "other": (5, (N("forumteatteria työyhteisölle", "forumteater för arbetsplatser", "forum theatre for workplaces", ("workplaces",), ("workplaces",)),)),
    },
    "dance": {
        "performance": (40, (N("tanssiesitys", "dansföreställning", "dance performance"), N("+esitys", "+föreställning", "+ performance"))),
        "workshop": (30, (N("tanssityöpaja", "dansverkstad", "dance workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "course": (30, (N("tanssikurssi", "danskurs", "dance course", ("adults", "youth", "children", "seniors")), N("+kurssi", "+kurs", "+ course", ("adults", "youth", "children", "seniors")), N("tanssitunnit", "danslektioner", "dance classes", ("children", "youth", "adults", "seniors")))),
    },
    "circus": {
        "performance": (55, (N("sirkusesitys", "cirkusföreställning", "circus show"), N("+esitys", "+föreställning", "+ show"), N("katuesitys", "gatuföreställning", "street show", ("families", "adults", "children")))),
        "workshop": (30, (N("sirkustyöpaja", "cirkusverkstad", "circus workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "course": (15, (N("sirkuskoulu", "cirkusskola", "circus school", ("children", "youth")), N("+kurssi", "+kurs", "+ course", ("children", "youth", "adults")))),
    },
    "performance-art": {
        "performance": (55, (N("performanssi", "performance", "performance"), N("osallistava esitys", "deltagande föreställning", "participatory performance"))),
        "workshop": (45, (N("performanssityöpaja", "performanceverkstad", "performance art workshop"), N("kehotyöpaja", "kroppsverkstad", "body-based workshop"))),
    },
    "literature": {
        "lecture": (40, (N("kirjailijavierailu", "författarbesök", "author visit"), N("kirjailijatapaaminen", "författarträff", "meet the author", ("adults", "seniors", "youth")), N("runoilta", "poesikväll", "poetry evening", ("adults",)))),
        "workshop": (35, (N("sanataidetyöpaja", "ordkonstverkstad", "creative writing workshop"), N("kirjoitustyöpaja", "skrivarverkstad", "writing workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "course": (15, (N("kirjoittajakurssi", "skrivarkurs", "creative writing course", ("adults", "youth", "seniors")), N("+kurssi", "+kurs", "+ course", ("adults", "youth", "seniors")))),
        "performance": (10, (N("runoesitys", "poesiföreställning", "poetry performance", ("adults", "youth", "schools")), N("satutunti", "sagostund", "story hour", KIDS, ("children",)))),
    },
    "comics-illustration": {
        "commission": (40, (N("kuvitus tilauksesta", "illustration på beställning", "commissioned illustration", ("adults", "workplaces")), N("tilannepiirtäminen", "grafisk facilitering", "live graphic recording", ("workplaces", "adults")), N("piirretty muotokuva", "tecknat porträtt", "drawn portrait", ("adults", "families")))),
        "workshop": (45, (N("sarjakuvatyöpaja", "serieverkstad", "comics workshop"), N("piirustustyöpaja", "teckningsverkstad", "drawing workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "lecture": (15, (N("kuvittajavierailu", "illustratörsbesök", "illustrator visit", ("schools", "children", "youth", "adults")),)),
    },
    "cultural-heritage": {
        "guided-tour": (40, (N("opastettu kävelykierros", "guidad promenad", "guided walk"), N("kulttuurihistoriallinen kierros", "kulturhistorisk rundtur", "cultural history tour"), N("tarinakierros", "berättarpromenad", "storytelling walk"))),
        "lecture": (30, (N("luento", "föreläsning", "talk", ("adults", "seniors", "schools")), N("+luento", "+föreläsning", "+ talk", ("adults", "seniors", "schools")))),
        "workshop": (20, (N("perinnetyöpaja", "traditionsverkstad", "heritage workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "exhibition": (10, (N("kotiseutunäyttely", "hembygdsutställning", "local history exhibition"), N("+näyttely", "+utställning", "+ exhibition"))),
    },
    "community-art": {
        "workshop": (45, (N("yhteisötaidetyöpaja", "gemenskapskonstverkstad", "community art workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "production": (35, (N("yhteisötaideprojekti", "gemenskapskonstprojekt", "community art project"), N("osallistava taideprojekti", "deltagande konstprojekt", "participatory art project"))),
        "consulting": (20, (N("kulttuurihyvinvointikoulutus", "utbildning i kulturell välfärd", "training in arts and wellbeing", ("workplaces", "care")),)),
    },
    "arts-education": {
        "course": (45, (N("+kurssi", "+kurs", "+ course", ("children", "youth", "adults")), N("taidekurssi", "konstkurs", "art course", ("children", "youth", "adults", "seniors")), N("taidekerho", "konstklubb", "art club", ("children", "youth", "schools")))),
        "workshop": (35, (N("+työpaja", "+verkstad", "+ workshop"), N("taidetyöpaja", "konstverkstad", "art workshop"))),
        "consulting": (20, (N("täydennyskoulutus opettajille", "fortbildning för lärare", "in-service training for teachers", ("schools", "early-childhood", "workplaces"), ("schools", "workplaces")),)),
    },
    "architecture": {
        "guided-tour": (35, (N("arkkitehtuurikävely", "arkitekturpromenad", "architecture walk"),)),
        "consulting": (35, (N("arkkitehtipalvelut", "arkitekttjänster", "architectural services", ("adults", "workplaces")), N("korjausrakentamisen neuvonta", "rådgivning i renovering", "renovation advice", ("adults",)))),
        "workshop": (20, (N("arkkitehtuurityöpaja", "arkitekturverkstad", "architecture workshop", ("children", "schools", "youth", "families")),)),
        "lecture": (10, (N("arkkitehtuuriluento", "arkitekturföreläsning", "architecture talk", ("adults", "seniors")),)),
    },
    "multidisciplinary": {
        "performance": (40, (N("monitaide-esitys", "tvärkonstnärlig föreställning", "multidisciplinary performance"),)),
        "workshop": (30, (N("monitaidetyöpaja", "tvärkonstverkstad", "multi-arts workshop"), N("+työpaja", "+verkstad", "+ workshop"))),
        "production": (20, (N("taidetapahtuman tuotanto", "produktion av konstevenemang", "art event production", ("adults", "workplaces", "families")),)),
        "other": (10, (N("taide-elämys tilaisuuteen", "konstupplevelse för evenemang", "art experience for events", ("adults", "workplaces", "families")),)),
    },
}

# Names for a service's "title": (fi, sv, en), general ones usable by any art form.
POETIC_GENERAL = (
    ("Tarinoiden tuuli", "Berättelsernas vind", "Wind of Stories"),
    ("Valon ja varjon tanssi", "Ljusets och skuggans dans", "Dance of Light and Shadow"),
    ("Pieni suuri maailma", "Den lilla stora världen", "Small Big World"),
    ("Matka muistojen maisemiin", "En resa till minnenas landskap", "A Journey Through Remembered Landscapes"),
    ("Meren äärellä", "Vid havet", "By the Sea"),
    ("Kesäillan kaiku", "Sommarkvällens eko", "Echo of a Summer Evening"),
    ("Tähtitaivaan alla", "Under stjärnhimlen", "Under the Starry Sky"),
    ("Yhdessä enemmän", "Mer tillsammans", "More Together"),
    ("Lumen ja jään tarinoita", "Berättelser om snö och is", "Tales of Snow and Ice"),
    ("Metsän siimeksessä", "I skogens skugga", "In the Shade of the Forest"),
    ("Revontulten alla", "Under norrskenet", "Under the Northern Lights"),
    ("Kotiseudun kätköistä", "Ur hembygdens gömmor", "Hidden Corners of Home"),
    ("Aamun ensimmäinen valo", "Morgonens första ljus", "First Light of Morning"),
    ("Neljä vuodenaikaa", "Fyra årstider", "Four Seasons"),
    ("Kaupunki herää", "Staden vaknar", "The City Awakens"),
)
POETIC_KIDS = (
    ("Satujen aarrearkku", "Sagornas skattkista", "The Treasure Chest of Tales"),
    ("Taikaa ja tarinoita", "Magi och berättelser", "Magic and Stories"),
    ("Peikkometsän seikkailu", "Äventyret i trollskogen", "Adventure in the Troll Forest"),
    ("Leikin lumo", "Lekens förtrollning", "The Magic of Play"),
    ("Mörköjen yö", "De små monstrens natt", "Night of the Little Monsters"),
    ("Sammakon sadepäivä", "Grodans regniga dag", "The Frog's Rainy Day"),
    ("Orava ja kadonnut käpy", "Ekorren och den försvunna kotten", "The Squirrel and the Lost Pine Cone"),
)
POETIC_SENIORS = (
    ("Muistojen valssi", "Minnenas vals", "Waltz of Memories"),
    ("Hetki yhdessä", "En stund tillsammans", "A Moment Together"),
    ("Kultaiset vuodet", "De gyllene åren", "The Golden Years"),
)
POETIC_BY_ART_FORM = {
    "music": (("Sävelten siivin", "På tonernas vingar", "On the Wings of Melody"), ("Metsän sävelet", "Skogens toner", "Songs of the Forest"), ("Rytmiä ja riemua", "Rytm och glädje", "Rhythm and Joy"), ("Meren laulut", "Havets sånger", "Songs of the Sea"), ("Iltatähden serenadi", "Aftonstjärnans serenad", "Evening Star Serenade"), ("Vanhat tutut laulut", "Gamla kära sånger", "Old Familiar Songs")),
    "visual-arts": (("Värien leikki", "Färgernas lek", "Play of Colours"), ("Pinnan alla", "Under ytan", "Beneath the Surface"), ("Väri ja valo", "Färg och ljus", "Colour and Light")),
    "photography": (("Kuvien kertomaa", "Vad bilderna berättar", "What the Pictures Tell"), ("Valon jäljillä", "På ljusets spår", "Tracing Light")),
    "media-art": (("Valoa ja ääntä", "Ljus och ljud", "Light and Sound"), ("Digitaalinen metsä", "Den digitala skogen", "The Digital Forest")),
    "film": (("Oma elokuva", "Min egen film", "My Own Film"), ("Kamera käy!", "Kameran går!", "Camera Rolling!")),
    "design": (("Ideasta tuotteeksi", "Från idé till produkt", "From Idea to Product"), ("Muoto ja merkitys", "Form och mening", "Form and Meaning")),
    "crafts": (("Käsien taito", "Händernas kunskap", "Skilled Hands"), ("Langasta loihdittua", "Trollat av garn", "Conjured from Yarn")),
    "theatre": (("Rohkeasti lavalle", "Modigt upp på scenen", "Boldly on Stage"), ("Kadonneen kruunun arvoitus", "Gåtan om den försvunna kronan", "The Mystery of the Lost Crown"), ("Kaikki maailman tarinat", "Alla världens berättelser", "All the World's Stories")),
    "dance": (("Liikkeen iloa", "Rörelseglädje", "Joy of Movement"), ("Tanssi tuulen kanssa", "Dans med vinden", "Dancing with the Wind")),
    "circus": (("Ilmassa!", "I luften!", "Up in the Air!"), ("Sirkustaikaa", "Cirkusmagi", "Circus Magic")),
    "performance-art": (("Kohtaamisia", "Möten", "Encounters"), ("Tässä ja nyt", "Här och nu", "Here and Now")),
    "literature": (("Sanojen siivin", "På ordens vingar", "On the Wings of Words"), ("Kynä sauhuaa", "Pennan glöder", "The Pen Is Smoking"), ("Tarinan alku", "Berättelsens början", "Where Stories Begin")),
    "comics-illustration": (("Piirrä tarina!", "Rita en berättelse!", "Draw a Story!"), ("Ruudusta ruutuun", "Från ruta till ruta", "Panel by Panel")),
    "cultural-heritage": (("Menneen ajan jäljillä", "I svunna tiders spår", "In the Footsteps of the Past"), ("Kaupunki kertoo", "Staden berättar", "The City Speaks"), ("Kylän tarinat", "Byns berättelser", "Village Tales")),
    "community-art": (("Yhdessä tehty", "Gjort tillsammans", "Made Together"), ("Meidän taideteos", "Vårt konstverk", "Our Artwork")),
    "arts-education": (("Luovuuden lähteillä", "Vid kreativitetens källor", "At the Source of Creativity"), ("Taidetta arkeen", "Konst i vardagen", "Art for Everyday Life")),
    "architecture": (("Talojen tarinat", "Husens berättelser", "Stories of Buildings"), ("Rakennettu ympäristö tutuksi", "Lär känna den byggda miljön", "Getting to Know the Built Environment")),
    "multidisciplinary": (("Aistien ilotulitus", "Ett fyrverkeri för sinnena", "A Feast for the Senses"), ("Kaikki taiteet yhdessä", "Alla konstformer tillsammans", "All the Arts Together")),
}

# --- Description sentences ------------------------------------------------------------------------

LEAD = {
    "concert": {
        "fi": (
            "Konsertissa kuullaan {spec_par} ja {spec2_par}, ja yleisö pääsee myös laulamaan mukana.",
            "Konsertin ohjelma koostuu {spec_gen} helmistä ja omista sävellyksistä.",
            "Noin {duration} minuutin konsertissa musiikki ja tarinat vuorottelevat.",
            "Konsertti on rakennettu niin, että se toimii yhtä hyvin juhlasalissa kuin pienemmässäkin tilassa.",
        ),
        "sv": ("På konserten hörs {spec_sv} och {spec2_sv}, och publiken får också sjunga med.", "Konserten är cirka {duration} minuter lång, och musiken varvas med berättelser."),
        "en": ("The concert features {spec_en} and {spec2_en}, and the audience is welcome to sing along.", "In this {duration}-minute concert, music and stories alternate."),
    },
    "performance": {
        "fi": (
            "Esitys kestää noin {duration} minuuttia, ja sen voi tuoda sekä sisä- että ulkotiloihin.",
            "Esityksessä yhdistyvät {spec} ja {spec2}, ja tarina etenee vauhdikkaasti alusta loppuun.",
            "Esityksen jälkeen katsojat voivat jäädä keskustelemaan esiintyjien kanssa.",
        ),
        "sv": ("Föreställningen är cirka {duration} minuter lång och passar både inomhus och utomhus.", "Föreställningen förenar {spec_sv} och {spec2_sv}.", "Efter föreställningen kan publiken stanna och prata med artisterna."),
        "en": ("The performance lasts about {duration} minutes and works both indoors and outdoors.", "The show brings together {spec_en} and {spec2_en}.", "After the show, the audience can stay and talk with the performers."),
    },
    "workshop": {
        "fi": (
            "Työpajassa osallistujat pääsevät kokeilemaan {spec_par} ohjatusti ja omaan tahtiin.",
            "Työpaja alkaa lyhyellä johdannolla, minkä jälkeen jokainen pääsee tekemään itse.",
            "Aiempaa kokemusta ei tarvita: tärkeintä on tekemisen ilo.",
            "Työpajan aikana tutustutaan {spec_gen} perusteisiin, ja jokainen saa kokeilla omia ideoitaan.",
        ),
        "sv": ("I verkstaden får deltagarna pröva på {spec_sv} med handledning och i egen takt.", "Ingen tidigare erfarenhet behövs – det viktigaste är glädjen i att skapa."),
        "en": ("Participants get to try {spec_en} with guidance and at their own pace.", "No previous experience is needed – the joy of making comes first."),
    },
    "course": {
        "fi": (
            "Kurssilla perehdytään {spec_gen} perusteisiin, ja jokainen etenee omaan tahtiinsa.",
            "Kurssi koostuu {sessions} kerrasta, ja jokainen kerta kestää {duration} minuuttia.",
            "Kurssi sopii sekä aloittelijoille että jo pidempään harrastaneille.",
        ),
        "sv": ("Kursen går igenom grunderna i {spec_sv}, och alla går fram i sin egen takt.", "Kursen omfattar {sessions} träffar på {duration} minuter.", "Kursen passar både nybörjare och mer erfarna."),
        "en": ("The course covers the basics of {spec_en}, and everyone progresses at their own pace.", "The course has {sessions} sessions of {duration} minutes each.", "Suitable for beginners and more experienced participants alike."),
    },
    "lecture": {
        "fi": (
            "Luennolla käsitellään {spec_par} kuvin ja esimerkein.",
            "Luento kestää noin {duration} minuuttia, ja sen lopuksi on aikaa kysymyksille.",
            "Puheenvuoron voi tilata myös osaksi seminaaria tai yleisötilaisuutta.",
        ),
        "sv": ("Föreläsningen behandlar {spec_sv} med bilder och exempel.", "Föreläsningen är cirka {duration} minuter lång, och efteråt finns tid för frågor."),
        "en": ("The talk explores {spec_en} with pictures and examples.", "The talk lasts about {duration} minutes, with time for questions at the end."),
    },
    "exhibition": {
        "fi": (
            "Näyttely koostuu {works} teoksesta, joissa {spec} ja {spec2} kohtaavat.",
            "Näyttely on helppo pystyttää kirjastoihin, kouluihin ja aulatiloihin.",
            "Näyttelyyn voi liittää taiteilijatapaamisen tai työpajan.",
        ),
        "sv": ("Utställningen består av {works} verk där {spec_sv} och {spec2_sv} möts.", "Utställningen är lätt att ställa upp i bibliotek, skolor och foajéer."),
        "en": ("The exhibition consists of {works} works where {spec_en} and {spec2_en} meet.", "It is easy to set up in libraries, schools and lobbies."),
    },
    "commission": {
        "fi": (
            "Tilaustyöt toteutetaan asiakkaan toiveiden mukaan, ja ensimmäinen suunnittelupalaveri on maksuton.",
            "Tilauksesta toteutetaan {spec_par} sekä yksityisille että yrityksille.",
            "Aikataulu sovitaan yhdessä; tyypillinen toimitusaika on {weeks} viikkoa.",
        ),
        "sv": ("Beställningsarbeten görs enligt kundens önskemål, och det första planeringsmötet är kostnadsfritt.", "Tidtabellen kommer vi överens om; leveranstiden är vanligen {weeks} veckor."),
        "en": ("Commissions are tailored to the client's wishes, and the first planning meeting is free of charge.", "The schedule is agreed together; typical delivery time is {weeks} weeks."),
    },
    "consulting": {
        "fi": (
            "Asiantuntijapalvelu räätälöidään tilaajan tarpeisiin.",
            "Tarjolla on {spec_gen} asiantuntemusta hankkeisiin, suunnitteluun ja koulutukseen.",
            "Työskentely voi olla kertaluonteinen sparraus tai pidempi yhteistyö.",
        ),
        "sv": ("Tjänsten skräddarsys efter beställarens behov.", "Det kan vara en engångsinsats eller ett längre samarbete."),
        "en": ("The service is tailored to the client's needs.", "It can be a one-off session or a longer collaboration."),
    },
    "production": {
        "fi": (
            "Tuotanto kattaa suunnittelun, toteutuksen ja jälkityöt.",
            "Jokainen tuotanto suunnitellaan yhdessä tilaajan kanssa, ja lopputulos sovitetaan käytettävissä olevaan budjettiin.",
        ),
        "sv": ("Produktionen omfattar planering, genomförande och efterarbete.",),
        "en": ("The production covers planning, execution and post-production.",),
    },
    "guided-tour": {
        "fi": (
            "Kierros kestää noin {duration} minuuttia ja kulkee {city_gen} keskustassa.",
            "Kierroksella tutustutaan {city_gen} historiaan, rakennuksiin ja tarinoihin.",
            "Kierroksen reitti ja painotukset voidaan sopia ryhmän toiveiden mukaan.",
        ),
        "sv": ("Rundturen tar cirka {duration} minuter och går genom centrala {city_sv}.", "Under rundturen bekantar man sig med historien, byggnaderna och berättelserna i {city_sv}."),
        "en": ("The tour takes about {duration} minutes and covers the centre of {city_en}.", "The route and focus can be adapted to the group's wishes."),
    },
    "other": {
        "fi": ("Palvelun sisältö ja laajuus sovitaan tilaajan kanssa.", "Kokonaisuus räätälöidään tilaisuuden luonteen mukaan."),
        "sv": ("Innehållet och omfattningen avtalas med beställaren.",),
        "en": ("Content and scope are agreed with the client.",),
    },
}

AUDIENCE_SENTENCES = {
    "early-childhood": {
        "fi": ("Sisältö on suunniteltu 3–6-vuotiaille, ja se sopii hyvin päiväkotien ryhmille.", "Toteutus sopii varhaiskasvatukseen, ja lapset saavat osallistua liikkein ja äänin."),
        "sv": ("Innehållet är planerat för 3–6-åringar och passar bra för daghemsgrupper.",),
        "en": ("Designed for 3–6-year-olds and well suited to day-care groups.",),
    },
    "children": {
        "fi": ("Ohjelma sopii alakouluikäisille lapsille.", "Sisältö on suunniteltu 7–12-vuotiaille."),
        "sv": ("Programmet passar barn i lågstadieåldern.",),
        "en": ("Suitable for primary school children.",),
    },
    "youth": {
        "fi": ("Sisältö on suunniteltu nuorille, ja se toimii hyvin esimerkiksi yläkouluissa ja nuorisotiloissa.",),
        "sv": ("Innehållet är planerat för unga och fungerar bra till exempel i högstadiet och på ungdomsgårdar.",),
        "en": ("Designed for young people; works well in lower secondary schools and youth centres.",),
    },
    "adults": {
        "fi": ("Kohderyhmänä ovat aikuiset, niin harrastajat kuin ensikertalaisetkin.",),
        "sv": ("Målgruppen är vuxna, både vana utövare och nybörjare.",),
        "en": ("For adults, from keen amateurs to first-timers.",),
    },
    "seniors": {
        "fi": ("Ohjelma sopii erityisesti ikäihmisille, ja sitä voi tilata esimerkiksi eläkeläisyhdistysten tapaamisiin.",),
        "sv": ("Programmet passar särskilt äldre och kan beställas till exempel till pensionärsföreningars träffar.",),
        "en": ("Especially suitable for older people, for example at pensioners' club meetings.",),
    },
    "families": {
        "fi": ("Koko perheen ohjelma sopii kaikenikäisille, ja pienetkin katsojat viihtyvät.",),
        "sv": ("Programmet passar hela familjen, även de minsta.",),
        "en": ("A programme for the whole family, including the youngest.",),
    },
    "schools": {
        "fi": ("Sisältö tukee opetussuunnitelman tavoitteita, ja sen voi toteuttaa oppitunnin aikana.", "Sopii erinomaisesti koulujen kulttuuripolkuihin ja teemapäiviin."),
        "sv": ("Innehållet stöder läroplanens mål och kan genomföras under en lektion.",),
        "en": ("Supports curriculum goals and fits into a school lesson.",),
    },
    "special-groups": {
        "fi": ("Toteutus mukautetaan osallistujien tarpeisiin, ja se sopii myös erityisryhmille.",),
        "sv": ("Upplägget anpassas efter deltagarnas behov och passar även specialgrupper.",),
        "en": ("Adapted to participants' needs; also suitable for special needs groups.",),
    },
    "workplaces": {
        "fi": ("Sopii työyhteisöjen virkistyspäiviin, koulutuksiin ja juhliin.",),
        "sv": ("Passar arbetsplatsers rekreationsdagar, utbildningar och fester.",),
        "en": ("Suits staff recreation days, training sessions and parties.",),
    },
    "care": {
        "fi": ("Ohjelma sopii hoivakoteihin ja palvelutaloihin, ja sen voi toteuttaa myös asukkaiden omissa tiloissa.",),
        "sv": ("Programmet passar vårdhem och servicehus och kan genomföras i invånarnas egna utrymmen.",),
        "en": ("Suitable for care homes and sheltered housing, and can take place in residents' own spaces.",),
    },
}

# What a workshop needs, by the kind of activity.
SPACE_KIND = {
    "dance": "movement", "circus": "movement", "theatre": "movement", "performance-art": "movement",
    "music": "music", "film": "screen", "media-art": "screen", "photography": "screen",
    "literature": "talk", "cultural-heritage": "talk", "architecture": "talk",
}
SPACE = {
    "movement": ("Tilaksi tarvitaan avara sali, jossa on tilaa liikkua.", "Verkstaden kräver en rymlig sal där man kan röra sig fritt.", "A spacious hall with room to move is needed."),
    "making": ("Tilaksi sopii luokkahuone tai muu tila, jossa on pöytiä ja vesipiste.", "Ett klassrum eller annat utrymme med bord och vatten räcker.", "A classroom or similar space with tables and running water is enough."),
    "music": ("Soittimet tuodaan mukana, joten tilaksi riittää tavallinen luokka tai sali.", "Instrumenten tas med, så ett vanligt klassrum eller en sal räcker.", "Instruments are provided, so an ordinary classroom or hall will do."),
    "screen": ("Laitteet tuodaan mukana; tilassa tarvitaan pistorasioita ja mahdollisuus pimentää.", "Utrustningen tas med; utrymmet behöver eluttag och möjlighet till mörkläggning.", "Equipment is provided; the room needs power sockets and a way to darken it."),
    "talk": ("Tilaksi sopii luokka, kirjasto tai kokoustila.", "Ett klassrum, bibliotek eller mötesrum passar bra.", "A classroom, library or meeting room works well."),
}

PRACTICAL = {
    "group_max": ("Ryhmän enimmäiskoko on {audience_max} henkilöä.", "Gruppen kan ha högst {audience_max} deltagare.", "Maximum group size is {audience_max}."),
    "audience_max": ("Esitys sopii enintään {audience_max} katsojalle.", "Föreställningen passar en publik på högst {audience_max} personer.", "Suitable for audiences of up to {audience_max}."),
    "lecture_max": ("Luennolle mahtuu enintään {audience_max} kuulijaa.", "Föreläsningen rymmer högst {audience_max} åhörare.", "Room for up to {audience_max} listeners."),
    "audience_min": ("Osallistujia tarvitaan vähintään {audience_min}.", "Minst {audience_min} deltagare behövs.", "A minimum of {audience_min} participants is needed."),
    "concert": ("Tarvitsemme sähköpisteen; äänentoisto tuodaan tarvittaessa mukana.", "Vi behöver ett eluttag; ljudanläggning tas med vid behov.", "We need a power outlet; we bring our own sound system if needed."),
    "performance": ("Esitystilaksi riittää noin {stage} metrin alue.", "En spelyta på cirka {stage} meter räcker.", "A performance area of about {stage} metres is enough."),
    "lecture": ("Tilassa tarvitaan videotykki tai näyttö.", "Utrymmet behöver en projektor eller skärm.", "A projector or screen is needed."),
    "exhibition": ("Näyttely tarvitsee noin {wall} metriä seinätilaa.", "Utställningen behöver cirka {wall} meter väggyta.", "The exhibition needs about {wall} metres of wall space."),
    "online": ("Toteutus onnistuu myös etänä verkon välityksellä.", "Kan också genomföras på distans via nätet.", "Can also be delivered online."),
    "on_request": ("Hinta määräytyy toteutuksen laajuuden mukaan – pyydä tarjous.", "Priset beror på omfattningen – be om en offert.", "Price depends on scope – ask for a quote."),
    "travel_included": ("Hinta sisältää matkakulut {region_loc}.", "Priset inkluderar resekostnader {region_sv_loc}.", "Travel within {region_en} is included in the price."),
    "travel_extra": ("Matkakulut laskutetaan erikseen.", "Resekostnader faktureras separat.", "Travel costs are invoiced separately."),
    "materials": ("Hinta sisältää tarvikkeet.", "Priset inkluderar material.", "Materials are included in the price."),
}
