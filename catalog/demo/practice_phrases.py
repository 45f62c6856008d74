"""What creators do, per art form and language: the middle of a profile.

Voices as in profile_phrases: "any" suits every voice, "i" an individual,
"we" a group or organisation. Slots like {spec_par} are filled by profile_text.
"""

from __future__ import annotations

PRACTICE = {
    "music": {
        "fi": {
            "any": (
                "Ohjelmistossa on ennen kaikkea {spec_par}, mutta mukaan mahtuu myös {spec2_par}.",
                "Keikoilla kuullaan {spec_par} ja {spec2_par} sekä omia sävellyksiä.",
                "Musiikissa yhdistyvät {spec} ja {spec2}, ja lopputulos on omaleimainen ja lämmin.",
                "Esiintymisiä on kertynyt satoja, konserttisaleista kyläjuhliin ja kouluista hoivakoteihin.",
                "Musiikkia on kuultu muun muassa {festival_loc} ja {festival2_loc}.",
                "Levytyksiä on ilmestynyt useita, ja musiikkia soitetaan myös radiossa.",
                "Keikkoja on tehty häissä, syntymäpäivillä ja yritysten pikkujouluissa.",
            ),
            "i": (
                "Esitän pääasiassa {spec_par}, ja teen myös omia kappaleita.",
                "Olen esiintynyt {role_ess} yli {years} vuoden ajan niin konserttisaleissa kuin pienillä klubeilla.",
                "Opetan myös yksityisoppilaita ja vedän musiikkityöpajoja kaikenikäisille.",
                "Sydäntäni lähellä ovat {spec} ja {spec2}.",
            ),
            "we": (
                "Soitamme {spec_par} ja {spec2_par} omina sovituksinamme.",
                "Olemme esiintyneet konserteissa, juhlissa ja festivaaleilla ympäri Suomea.",
                "Ohjelmistoomme kuuluu {spec_par} sekä omia kappaleitamme.",
            ),
        },
        "sv": {
            "any": (
                "Repertoaren består främst av {spec_sv}, men även {spec2_sv} hörs på konserterna.",
                "Musiken har hörts bland annat på {festival_sv}.",
                "Spelningarna har gått från konsertsalar till byfester, skolor och äldreboenden.",
                "Musiken har hörts på bröllop, födelsedagar och företagsfester.",
            ),
            "i": ("Jag framför främst {spec_sv} och skriver också egna låtar.", "Jag undervisar även privatelever och håller musikverkstäder för alla åldrar."),
            "we": ("Vi spelar {spec_sv} och {spec2_sv} i egna arrangemang.", "Vi har uppträtt på konserter, fester och festivaler runt om i Finland."),
        },
        "en": {
            "any": (
                "The repertoire centres on {spec_en}, with a good measure of {spec2_en} as well.",
                "Performances range from concert halls to village fêtes, schools and care homes.",
                "The music has been heard at {festival_en}, among others.",
                "Gigs have included weddings, birthdays and company parties.",
            ),
            "i": ("I mainly perform {spec_en} and also write my own songs.", "I also teach private students and run music workshops for all ages."),
            "we": ("We play {spec_en} and {spec2_en} in our own arrangements.", "We have performed at concerts, celebrations and festivals all over Finland."),
        },
    },
    "visual-arts": {
        "fi": {
            "any": (
                "Teoksissa yhdistyvät {spec} ja {spec2}, ja aiheet nousevat usein luonnosta ja arjen havainnoista.",
                "Töitä on ollut esillä yksityis- ja ryhmänäyttelyissä eri puolilla Suomea sekä ulkomailla.",
                "Teoksia on sijoitettu useiden kuntien, yritysten ja yksityisten kokoelmiin.",
                "Työskentelyä ohjaavat materiaalien kokeilu, värit ja valo.",
            ),
            "i": (
                "Työskentelen pääasiassa {spec_gen} parissa, mutta kokeilen mielelläni myös {spec2_par}.",
                "Olen pitänyt yli {count} yksityisnäyttelyä, viimeisimmän {other_loc}.",
                "Ohjaan myös kuvataidetyöpajoja lapsille ja aikuisille.",
            ),
            "we": ("Ryhmämme tekee {spec_par} ja yhteisöllisiä taideprojekteja.", "Järjestämme vuosittain näyttelyitä ja avoimia työpajoja."),
        },
        "sv": {
            "any": (
                "Verken förenar {spec_sv} och {spec2_sv}, ofta med motiv från naturen och vardagen.",
                "Verk har visats i separat- och samlingsutställningar runt om i Finland och utomlands.",
                "Verk finns i flera kommuners, företags och privatpersoners samlingar.",
            ),
            "i": ("Jag arbetar främst med {spec_sv}, men prövar gärna också {spec2_sv}.", "Jag håller också bildkonstverkstäder för barn och vuxna."),
            "we": ("Vi ordnar utställningar och öppna verkstäder varje år.",),
        },
        "en": {
            "any": (
                "The work combines {spec_en} and {spec2_en}, often drawing on nature and everyday observation.",
                "Works have been shown in solo and group exhibitions across Finland and abroad.",
            ),
            "i": ("I work mainly in {spec_en}, but I also enjoy experimenting with {spec2_en}.", "I also run visual art workshops for children and adults."),
            "we": ("We organise exhibitions and open workshops every year.",),
        },
    },
    "photography": {
        "fi": {
            "any": (
                "Kuvissa näkyy kiinnostus ihmisiin, valoon ja paikkoihin.",
                "Valokuvia on julkaistu lehdissä ja kirjoissa, ja niitä on ollut esillä näyttelyissä {other_loc} ja {city_loc}.",
                "Palveluihin kuuluvat {spec} ja {spec2} sekä kuvien huolellinen jälkikäsittely.",
                "Kuvauksia tehdään sekä studiossa että paikan päällä.",
            ),
            "i": (
                "Työskentelen pääasiassa {spec_gen} parissa, ja teen myös {spec2_par}.",
                "Kuvaan yrityksille, yhdistyksille ja yksityishenkilöille, ja jokainen kuvaus suunnitellaan yhdessä asiakkaan kanssa.",
                "Kamera on kulkenut mukanani jo {years} vuotta.",
            ),
            "we": ("Studiomme tarjoaa {spec_par} ja {spec2_par} kaikenlaisiin tarpeisiin.", "Kuvaamme juhlat, tapahtumat ja tuotteet – myös lyhyellä varoitusajalla."),
        },
        "sv": {
            "any": ("Bilderna präglas av ett intresse för människor, ljus och platser.", "Tjänsterna omfattar {spec_sv} och {spec2_sv} samt omsorgsfull efterbehandling."),
            "i": ("Jag arbetar främst med {spec_sv} och fotograferar för företag, föreningar och privatpersoner.",),
            "we": ("Vi fotograferar fester, evenemang och produkter – även med kort varsel.",),
        },
        "en": {
            "any": ("The images reflect an interest in people, light and places.", "Services include {spec_en} and {spec2_en}, with careful post-processing."),
            "i": ("I work mainly in {spec_en} and photograph for companies, associations and private clients.",),
            "we": ("We photograph celebrations, events and products – even at short notice.",),
        },
    },
    "media-art": {
        "fi": {
            "any": (
                "Teoksissa hyödynnetään {spec_par} ja {spec2_par}, ja katsoja pääsee usein itse vaikuttamaan teokseen.",
                "Teoksia on nähty mediataidefestivaaleilla Suomessa ja muualla Euroopassa.",
                "Työskentelyssä kiinnostavat teknologian ja luonnon väliset suhteet.",
                "Teoksia on esitetty muun muassa {festival_loc}.",
            ),
            "i": ("Teen {spec_par} ja rakennan teoksia usein yhteistyössä muusikoiden ja tanssijoiden kanssa.", "Työskentelen {spec_gen} ja {spec2_gen} parissa."),
            "we": ("Toteutamme {spec_par} tapahtumiin, museoihin ja julkisiin tiloihin.",),
        },
        "sv": {
            "any": ("Verken rör sig mellan {spec_sv} och {spec2_sv}, och publiken får ofta själv påverka verket.",),
            "i": ("Jag arbetar med {spec_sv} och samarbetar ofta med musiker och dansare.",),
            "we": ("Vi skapar {spec_sv} för evenemang, museer och offentliga miljöer.",),
        },
        "en": {
            "any": ("The works move between {spec_en} and {spec2_en}, and the audience can often shape the piece themselves.",),
            "i": ("I work with {spec_en} and often collaborate with musicians and dancers.",),
            "we": ("We create {spec_en} for events, museums and public spaces.",),
        },
    },
    "film": {
        "fi": {
            "any": (
                "Elokuvia on esitetty kotimaisilla ja kansainvälisillä festivaaleilla, esimerkiksi {festival_loc}.",
                "Työssä yhdistyvät {spec} ja {spec2}.",
                "Tarinat kertovat usein tavallisista ihmisistä ja paikoista, jotka jäävät muuten näkymättömiin.",
                "Tuotantoja on tehty televisiolle, museoille ja yrityksille.",
            ),
            "i": ("Teen {spec_par} ja {spec2_par} sekä omina projekteina että tilaustöinä.", "Olen ohjannut ja leikannut useita lyhytelokuvia ja dokumentteja."),
            "we": ("Teemme {spec_par} yrityksille, yhdistyksille ja julkisille toimijoille.", "Tiimissämme on ohjaaja, kuvaaja ja leikkaaja."),
        },
        "sv": {
            "any": ("Filmerna har visats på festivaler i Finland och utomlands, bland annat på {festival_sv}.", "Berättelserna handlar ofta om vanliga människor och platser som annars förblir osynliga."),
            "i": ("Jag gör {spec_sv} och {spec2_sv}, både som egna projekt och på beställning.",),
            "we": ("Vi gör {spec_sv} för företag, föreningar och offentliga aktörer.",),
        },
        "en": {
            "any": ("Films have been screened at festivals in Finland and abroad, including {festival_en}.", "The stories often focus on ordinary people and places that would otherwise go unseen."),
            "i": ("I make {spec_en} and {spec2_en}, both as my own projects and on commission.",),
            "we": ("We make {spec_en} for companies, associations and public bodies.",),
        },
    },
    "design": {
        "fi": {
            "any": (
                "Suunnittelussa yhdistyvät käytännöllisyys, kestävät materiaalit ja selkeä estetiikka.",
                "Asiakkaina on ollut yrityksiä, kuntia ja kulttuuritoimijoita {region_loc} ja muualla Suomessa.",
                "Työn lähtökohtana ovat käyttäjä ja ympäristö.",
            ),
            "i": ("Teen {spec_par} ja {spec2_par} pienille yrityksille ja yhteisöille.", "Työskentelen mielelläni pitkäjänteisesti asiakkaan kanssa ideasta valmiiseen tuotteeseen."),
            "we": ("Teemme {spec_par} ja {spec2_par} yrityksille, kunnille ja yhdistyksille.", "Toimistomme on pieni, joten asiakas saa aina suoraan suunnittelijan."),
        },
        "sv": {
            "any": ("Formgivningen förenar funktion, hållbara material och en tydlig estetik.",),
            "i": ("Jag arbetar med {spec_sv} och {spec2_sv} för små företag och organisationer.",),
            "we": ("Vi arbetar med {spec_sv} och {spec2_sv} för företag, kommuner och föreningar.",),
        },
        "en": {
            "any": ("The design combines practicality, sustainable materials and a clear aesthetic.",),
            "i": ("I work in {spec_en} and {spec2_en} for small businesses and communities.",),
            "we": ("We work in {spec_en} and {spec2_en} for companies, municipalities and associations.",),
        },
    },
    "crafts": {
        "fi": {
            "any": (
                "Käsityössä tärkeintä on materiaalin kunnioitus ja perinteiset tekniikat nykypäivän muodossa.",
                "Töitä on myynnissä gallerioissa ja käsityömyymälöissä, ja niitä on ollut esillä useissa näyttelyissä.",
                "Työhuone sijaitsee {city_loc}, ja sen yhteydessä on pieni myymälä.",
                "Jokainen esine valmistetaan käsin, eikä kahta samanlaista ole.",
            ),
            "i": ("Työskentelen pääasiassa {spec_gen} parissa, ja teen tilaustöitä myös yrityksille.", "Olen opettanut {spec_par} kansalaisopistoissa ja kesäkursseilla jo {years} vuotta."),
            "we": ("Järjestämme kursseja ja työpajoja, joissa pääsee kokeilemaan {spec_par} ja {spec2_par}.",),
        },
        "sv": {
            "any": ("Hantverket bygger på respekt för materialet och traditionella tekniker i modern form.", "Varje föremål tillverkas för hand, och inga två är likadana."),
            "i": ("Jag arbetar främst med {spec_sv} och tar också emot beställningar från företag.", "Jag har undervisat i {spec_sv} på medborgarinstitut och sommarkurser i {years} år."),
            "we": ("Vi ordnar kurser och verkstäder där man får pröva på {spec_sv} och {spec2_sv}.",),
        },
        "en": {
            "any": ("The craft rests on respect for the material and traditional techniques in a contemporary form.", "Every piece is made by hand, and no two are alike."),
            "i": ("I work mainly in {spec_en} and also take commissions from companies.",),
            "we": ("We run courses and workshops where you can try {spec_en} and {spec2_en}.",),
        },
    },
    "theatre": {
        "fi": {
            "any": (
                "Esityksissä yhdistyvät {spec} ja {spec2}, ja yleisö pääsee usein osallistumaan.",
                "Ohjelmistossa on sekä koko perheen esityksiä että aikuisille suunnattuja näytelmiä.",
                "Esityksiä on nähty kiertueilla ympäri Suomea, kouluista kulttuuritaloihin.",
                "Esityksiä on nähty muun muassa {festival_loc}.",
            ),
            "i": ("Olen työskennellyt {role_ess} useissa ammattiteattereissa ja vapaissa ryhmissä.", "Ohjaan myös {spec_par} harrastajaryhmille ja kouluille."),
            "we": ("Teemme {spec_par} ja kierrämme kouluissa, päiväkodeissa ja kirjastoissa.", "Esityksemme syntyvät yhdessä tekemällä, ja jokaisessa on ripaus huumoria."),
        },
        "sv": {
            "any": ("Föreställningarna förenar {spec_sv} och {spec2_sv}, och publiken får ofta vara med.", "Föreställningarna har turnerat runt om i Finland, från skolor till kulturhus."),
            "i": ("Jag har arbetat som {role_sv} vid flera professionella teatrar och i fria grupper.",),
            "we": ("Vi gör {spec_sv} och turnerar i skolor, daghem och bibliotek.",),
        },
        "en": {
            "any": ("The performances combine {spec_en} and {spec2_en}, and the audience often gets to take part.", "Productions have toured all over Finland, from schools to arts centres."),
            "i": ("I have worked as {a_role_en} in several professional theatres and independent companies.",),
            "we": ("We make {spec_en} and tour schools, day-care centres and libraries.",),
        },
    },
    "dance": {
        "fi": {
            "any": (
                "Liike, musiikki ja visuaalisuus kulkevat esityksissä käsi kädessä.",
                "Koreografioissa yhdistyvät {spec} ja {spec2}.",
                "Teoksia on esitetty muun muassa {festival_loc}.",
                "Tanssi on kaikille: tunneilla ja työpajoissa jokainen liikkuu omalla tavallaan.",
            ),
            "i": ("Opetan {spec_par} kaikenikäisille ja teen omia teoksia.", "Olen tanssinut vierailevana taiteilijana useissa tanssiteattereissa."),
            "we": ("Teemme {spec_par} ja {spec2_par} yhdistäviä tanssiesityksiä.", "Tanssijamme ovat alan ammattilaisia, ja esityksiä on nähty ympäri Suomea."),
        },
        "sv": {
            "any": ("Rörelse, musik och det visuella går hand i hand i föreställningarna.", "Koreografierna förenar {spec_sv} och {spec2_sv}."),
            "i": ("Jag undervisar i {spec_sv} för alla åldrar och skapar egna verk.",),
            "we": ("Vi gör dansföreställningar som förenar {spec_sv} och {spec2_sv}.",),
        },
        "en": {
            "any": ("Movement, music and visuals go hand in hand in the performances.", "The choreography brings together {spec_en} and {spec2_en}."),
            "i": ("I teach {spec_en} for all ages and create my own pieces.",),
            "we": ("We make dance performances that combine {spec_en} and {spec2_en}.",),
        },
    },
    "circus": {
        "fi": {
            "any": (
                "Esityksissä nähdään {spec_par}, {spec2_par} ja ripaus huumoria.",
                "Sirkus sopii kaikille: esitykset toimivat ilman yhteistä kieltä, ja ne voi tuoda lähes mihin tilaan tahansa.",
                "Esityksiä on nähty muun muassa {festival_loc} sekä kaupunkitapahtumissa ympäri Suomea.",
            ),
            "i": ("Opetan {spec_par} lapsille ja aikuisille, ja esiinnyn sekä Suomessa että ulkomailla.", "Erikoisalaani on {spec}, ja harjoittelen päivittäin."),
            "we": ("Teemme koko perheen sirkusesityksiä, joissa yhdistyvät {spec} ja {spec2}.",),
        },
        "sv": {
            "any": ("I föreställningarna ser man {spec_sv}, {spec2_sv} och en nypa humor.", "Cirkus passar alla: föreställningarna fungerar utan gemensamt språk."),
            "i": ("Jag undervisar i {spec_sv} för barn och vuxna och uppträder både i Finland och utomlands.",),
            "we": ("Vi gör cirkusföreställningar för hela familjen där {spec_sv} och {spec2_sv} möts.",),
        },
        "en": {
            "any": ("The shows feature {spec_en}, {spec2_en} and a dash of humour.", "Circus works for everyone: the shows need no shared language."),
            "i": ("I teach {spec_en} to children and adults and perform in Finland and abroad.",),
            "we": ("We make family circus shows where {spec_en} meets {spec2_en}.",),
        },
    },
    "performance-art": {
        "fi": {
            "any": (
                "Teokset syntyvät usein paikan päällä yhdessä yleisön kanssa.",
                "Työskentelyssä kiinnostavat keho, tila ja kohtaaminen.",
                "Teoksia on esitetty gallerioissa, kaupunkitilassa ja festivaaleilla Suomessa ja muissa Pohjoismaissa.",
            ),
            "i": ("Teen {spec_par} ja {spec2_par}, usein yhteistyössä muiden taiteilijoiden kanssa.",),
            "we": ("Toteutamme {spec_par} festivaaleille, kouluille ja julkisiin tiloihin.",),
        },
        "sv": {
            "any": ("Verken blir ofta till på plats tillsammans med publiken.", "Kroppen, rummet och mötet står i centrum."),
            "i": ("Jag arbetar med {spec_sv} och {spec2_sv}, ofta i samarbete med andra konstnärer.",),
            "we": ("Vi skapar {spec_sv} för festivaler, skolor och offentliga rum.",),
        },
        "en": {
            "any": ("The works often take shape on site together with the audience.", "The body, space and encounter are at the heart of the work."),
            "i": ("I work with {spec_en} and {spec2_en}, often together with other artists.",),
            "we": ("We create {spec_en} for festivals, schools and public spaces.",),
        },
    },
    "literature": {
        "fi": {
            "any": (
                "Teoksia on julkaistu useilla kustantamoilla, ja niitä on käännetty myös ruotsiksi ja englanniksi.",
                "Kirjailijavierailuilla käsitellään lukemista, kirjoittamista ja mielikuvitusta.",
                "Kirjastoautoista juhlasaleihin: vierailuja on takana satoja.",
                "Teoksia on esitelty muun muassa {festival_loc}.",
            ),
            "i": ("Kirjoitan {spec_par} ja {spec2_par}, ja viimeisin teokseni ilmestyi vuonna {recent}.", "Vedän sanataidetyöpajoja kouluissa ja kirjastoissa.", "Olen julkaissut {count} teosta."),
            "we": ("Järjestämme kirjoittajapiirejä, lukupiirejä ja kirjallisuustapahtumia.",),
        },
        "sv": {
            "any": ("Böckerna har getts ut på flera förlag och översatts även till finska och engelska.",),
            "i": ("Jag skriver {spec_sv} och {spec2_sv}; min senaste bok kom ut {recent}.", "Jag håller skrivarverkstäder i skolor och bibliotek."),
            "we": ("Vi ordnar skrivarcirklar, läsecirklar och litteraturevenemang.",),
        },
        "en": {
            "any": ("The books have been published by several publishers and translated into Swedish and English.",),
            "i": ("I write {spec_en} and {spec2_en}; my latest book came out in {recent}.", "I run creative writing workshops in schools and libraries."),
            "we": ("We organise writing circles, reading groups and literary events.",),
        },
    },
    "comics-illustration": {
        "fi": {
            "any": (
                "Kuvitukset ovat värikkäitä, ja niissä on usein huumoria ja lämpöä.",
                "Kuvitettuja kirjoja on ilmestynyt toistakymmentä.",
                "Töitä on nähty muun muassa {festival_loc}.",
            ),
            "i": ("Teen {spec_par} ja {spec2_par} kustantamoille, lehdille ja yrityksille.", "Vedän myös sarjakuvatyöpajoja lapsille ja nuorille."),
            "we": ("Teemme {spec_par} ja {spec2_par} kustantamoille, lehdille ja yrityksille.",),
        },
        "sv": {
            "any": ("Illustrationerna är färgstarka, ofta med humor och värme.",),
            "i": ("Jag gör {spec_sv} och {spec2_sv} för förlag, tidningar och företag.", "Jag håller också serieverkstäder för barn och unga."),
            "we": ("Vi gör {spec_sv} och {spec2_sv} för förlag, tidningar och företag.",),
        },
        "en": {
            "any": ("The illustrations are colourful, often with humour and warmth.",),
            "i": ("I create {spec_en} and {spec2_en} for publishers, magazines and companies.", "I also run comics workshops for children and young people."),
            "we": ("We create {spec_en} and {spec2_en} for publishers, magazines and companies.",),
        },
    },
    "cultural-heritage": {
        "fi": {
            "any": (
                "Kierroksilla ja luennoilla kuullaan tarinoita {city_gen} menneisyydestä.",
                "Työssä {spec} herää eloon tarinoiden, esineiden ja paikkojen kautta.",
                "Yhteistyökumppaneina ovat olleet museot, kotiseutuyhdistykset ja koulut.",
            ),
            "i": ("Olen tutkinut {spec_par} ja {spec2_par} yli {years} vuotta.", "Kerron mielelläni tarinoita, jotka eivät ole päätyneet historiankirjoihin."),
            "we": ("Järjestämme opastettuja kierroksia, luentoja ja työpajoja, joissa {spec} herää eloon.",),
        },
        "sv": {
            "any": ("På rundturerna och föreläsningarna hör man berättelser om {city_sv_gen} förflutna.", "Målet är att göra {spec_sv} levande för alla åldrar."),
            "i": ("Jag har forskat i {spec_sv} och {spec2_sv} i över {years} år.",),
            "we": ("Vi ordnar guidade rundturer, föreläsningar och verkstäder där {spec_sv} blir levande.",),
        },
        "en": {
            "any": ("Tours and talks tell stories from the past of {city_en}.", "The aim is to bring {spec_en} to life for all ages."),
            "i": ("I have researched {spec_en} and {spec2_en} for more than {years} years.",),
            "we": ("We organise guided tours, talks and workshops that bring {spec_en} to life.",),
        },
    },
    "community-art": {
        "fi": {
            "any": (
                "Projekteissa asukkaat, koululaiset ja ikäihmiset tekevät taidetta yhdessä ammattilaisen ohjauksessa.",
                "Työn keskiössä ovat osallisuus, kohtaaminen ja paikallinen yhteisö.",
                "Projekteja on toteutettu kouluissa, hoivakodeissa, kirjastoissa ja asukastaloissa.",
            ),
            "i": ("Olen ohjannut {spec_gen} projekteja kouluissa, hoivakodeissa ja asukastaloissa.", "Uskon, että taide kuuluu kaikille."),
            "we": ("Toteutamme {spec_gen} hankkeita yhdessä kuntien ja järjestöjen kanssa.",),
        },
        "sv": {
            "any": ("I projekten skapar invånare, skolelever och äldre konst tillsammans under ledning av en professionell.", "Delaktighet, möten och den lokala gemenskapen står i centrum."),
            "i": ("Jag har lett projekt inom {spec_sv} i skolor, på äldreboenden och i invånarhus.",),
            "we": ("Vi genomför projekt inom {spec_sv} tillsammans med kommuner och organisationer.",),
        },
        "en": {
            "any": ("In the projects, residents, pupils and older people make art together with a professional.", "Participation, encounter and the local community are at the heart of the work."),
            "i": ("I have led {spec_en} projects in schools, care homes and community centres.",),
            "we": ("We run {spec_en} projects together with municipalities and NGOs.",),
        },
    },
    "arts-education": {
        "fi": {
            "any": (
                "Opetuksessa korostuvat leikillisyys, oma tekeminen ja onnistumisen kokemukset.",
                "Työskentelytavat soveltuvat hyvin varhaiskasvatukseen, kouluihin ja kansalaisopistoihin.",
            ),
            "i": ("Olen työskennellyt {spec_gen} parissa {years} vuoden ajan.", "Koulutan myös opettajia ja varhaiskasvattajia käyttämään taidelähtöisiä menetelmiä."),
            "we": ("Tarjoamme {spec_par} lapsille, nuorille ja aikuisille.", "Opettajamme ovat alansa koulutettuja ammattilaisia."),
        },
        "sv": {
            "any": ("Undervisningen präglas av lek, eget skapande och känslan av att lyckas.",),
            "i": ("Jag har arbetat med {spec_sv} i {years} år.",),
            "we": ("Vi erbjuder {spec_sv} för barn, unga och vuxna.",),
        },
        "en": {
            "any": ("Teaching emphasises play, hands-on making and the joy of success.",),
            "i": ("I have worked in {spec_en} for {years} years.",),
            "we": ("We offer {spec_en} for children, young people and adults.",),
        },
    },
    "architecture": {
        "fi": {
            "any": (
                "Arkkitehtuurikävelyillä tutustutaan {city_gen} rakennuksiin ja niiden tarinoihin.",
                "Suunnittelussa painotetaan ympäristön ominaispiirteitä, kestäviä materiaaleja ja käyttäjien osallisuutta.",
            ),
            "i": ("Erikoisalaani ovat {spec} ja {spec2}.", "Olen suunnitellut asuinrakennuksia, kouluja ja julkisia tiloja."),
            "we": ("Toimistomme erikoisaloja ovat {spec} ja {spec2}.", "Teemme suunnittelua sekä yksityisille että julkisille tilaajille."),
        },
        "sv": {
            "any": ("På arkitekturpromenaderna bekantar man sig med byggnaderna i {city_sv} och deras historia.", "Planeringen betonar platsens särdrag, hållbara material och användarnas delaktighet."),
            "i": ("Mina specialområden är {spec_sv} och {spec2_sv}.",),
            "we": ("Våra specialområden är {spec_sv} och {spec2_sv}.",),
        },
        "en": {
            "any": ("Architecture walks introduce the buildings of {city_en} and the stories behind them.", "The design emphasises local character, sustainable materials and user participation."),
            "i": ("My specialities are {spec_en} and {spec2_en}.",),
            "we": ("Our specialities are {spec_en} and {spec2_en}.",),
        },
    },
    "multidisciplinary": {
        "fi": {
            "any": (
                "Työssä yhdistyvät eri taiteenalat: {spec}, {spec2} ja rohkea kokeilu.",
                "Tuotannot syntyvät yhteistyössä muusikoiden, kuvataiteilijoiden ja tanssijoiden kanssa.",
                "Tapahtumia on toteutettu kaupunkifestivaaleilla, kirjastoissa ja kyläjuhlilla.",
            ),
            "i": ("Työskentelen {spec_gen} ja {spec2_gen} rajapinnassa.", "Teen esityksiä, installaatioita ja tapahtumia, joissa yleisö on mukana."),
            "we": ("Tuotamme {spec_par} ja {spec2_par} yhdistäviä kokonaisuuksia.",),
        },
        "sv": {
            "any": ("Arbetet förenar olika konstformer: {spec_sv}, {spec2_sv} och modiga experiment.",),
            "i": ("Jag arbetar i gränslandet mellan {spec_sv} och {spec2_sv}.",),
            "we": ("Vi producerar helheter som förenar {spec_sv} och {spec2_sv}.",),
        },
        "en": {
            "any": ("The work brings different art forms together: {spec_en}, {spec2_en} and bold experiment.",),
            "i": ("I work at the crossroads of {spec_en} and {spec2_en}.",),
            "we": ("We produce work that combines {spec_en} and {spec2_en}.",),
        },
    },
}

# Institutions (museums, libraries, orchestras, schools) describe their programme, not their own works.
INSTITUTION_PRACTICE = {
    "fi": {
        "any": (
            "Ohjelmistossa on tarjontaa kaikenikäisille, vauvoista senioreihin.",
            "Toiminnan ytimessä on {field_gen} saavutettavuus: jokaisen pitää löytää jotain itselleen.",
            "Yleisötyö tavoittaa vuosittain tuhansia koululaisia ja päiväkotilaisia.",
            "Tilattavia palveluja voi tuoda myös kouluihin, päiväkoteihin ja hoivakoteihin.",
        ),
        "we": ("Järjestämme vuosittain kymmeniä tapahtumia, ja monet niistä ovat maksuttomia.", "Teemme tiivistä yhteistyötä alueen koulujen, kirjastojen ja yhdistysten kanssa."),
    },
    "sv": {
        "any": ("Programmet erbjuder något för alla åldrar, från bebisar till seniorer.", "Publikarbetet når varje år tusentals skolelever och daghemsbarn."),
        "we": ("Vi ordnar tiotals evenemang varje år, och många av dem är avgiftsfria.",),
    },
    "en": {
        "any": ("The programme offers something for every age, from babies to seniors.", "Outreach work reaches thousands of pupils and day-care groups every year."),
        "we": ("We organise dozens of events every year, many of them free of charge.",),
    },
}
