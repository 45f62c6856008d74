"""The shapes of the art-form vocabulary: roles, specialties, name patterns, schools.

Finnish needs several inflected forms of the same word (the partitive after
"soitan", the genitive before "parissa", a compound stem for "-työpaja"), so
each entry carries the forms its sentence templates use; nothing is inflected
by rule at run time. The entries themselves are in art_forms.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Role:
    """An individual's profession: "kuvataiteilija", essive "kuvataiteilijana"."""

    fi: str
    fi_ess: str
    sv: str
    en: str
    specs: tuple[str, ...] = ()  # the specialties (by Finnish name) that fit; empty = any


@dataclass(frozen=True)
class Specialty:
    """A genre, technique or medium within an art form."""

    fi: str
    fi_par: str
    fi_gen: str
    sv: str
    en: str
    fi_stem: str | None  # compound stem: "kansanmusiikki" -> "kansanmusiikkikonsertti"
    sv_stem: str | None


def S(fi: str, fi_par: str, fi_gen: str, sv: str, en: str, stem: str | None = "", sv_stem: str | None = "") -> Specialty:
    """Build a specialty; single words compound as they are unless a stem is given (None = never)."""
    if stem == "":
        stem = None if " " in fi else fi
    if sv_stem == "":
        sv_stem = None if " " in sv else sv
    return Specialty(fi, fi_par, fi_gen, sv, en, stem, sv_stem)


@dataclass(frozen=True)
class Pattern:
    """A way to name a group, company or institution, and what kind of body that name denotes."""

    name: str  # format string: {w} a name word, {last}/{first} a person, {city_gen}/{city_sv}/{region_gen}
    fi: str  # "duo"
    sv: str  # with article: "en duo", "ett band"
    en: str  # with article: "a duo", "an ensemble"
    langs: str = "fi sv en"  # primary text languages this name suits
    members: int | None = None
    specs: tuple[str, ...] = ()


@dataclass(frozen=True)
class School:
    fi: str
    fi_ela: str
    sv: str
    en: str
    swedish: bool = False  # teaches in Swedish: mostly Swedish speakers' alma mater


@dataclass(frozen=True)
class Education:
    school: School
    degree_fi: str


@dataclass(frozen=True)
class Festival:
    fi_loc: str  # "Pori Jazzeilla"
    sv: str
    en: str


@dataclass(frozen=True)
class ArtForm:
    code: str
    field_fi_gen: str  # "musiikin" as in "musiikin parissa"
    field_sv: str
    field_en: str
    member_fi_gen: str  # "muusikon" as in "kolmen muusikon muodostama"
    roles: tuple[Role, ...]
    specialties: tuple[Specialty, ...]
    groups: tuple[Pattern, ...]
    companies: tuple[Pattern, ...]
    institutions: tuple[Pattern, ...]
    associations: tuple[Pattern, ...]  # names ending in "ry" (Finnish) or "rf" (Swedish)
    purpose_fi: tuple[str, ...]  # "edistää ..." (first infinitive, may use {region_loc}/{city_loc})
    purpose_sv: tuple[str, ...]  # "främja ..."
    purpose_en: tuple[str, ...]  # "promote ..."
    education: tuple[Education, ...]
    festivals: tuple[Festival, ...] = ()
    related: tuple[str, ...] = field(default=())  # art forms a creator often also works in


def _school(fi: str, fi_ela: str, sv: str, en: str, swedish: bool = False) -> School:
    return School(fi, fi_ela, sv, en, swedish)


SIBA = _school("Sibelius-Akatemia", "Sibelius-Akatemiasta", "Sibelius-Akademin", "the Sibelius Academy")
TEAK = _school("Teatterikorkeakoulu", "Teatterikorkeakoulusta", "Teaterhögskolan", "the Theatre Academy Helsinki")
KUVA = _school("Kuvataideakatemia", "Kuvataideakatemiasta", "Bildkonstakademin", "the Academy of Fine Arts Helsinki")
AALTO = _school("Aalto-yliopisto", "Aalto-yliopistosta", "Aalto-universitetet", "Aalto University")
LAPIN = _school("Lapin yliopisto", "Lapin yliopistosta", "Lapplands universitet", "the University of Lapland")
TAMK = _school("Tampereen ammattikorkeakoulu", "Tampereen ammattikorkeakoulusta", "Tammerfors yrkeshögskola", "Tampere University of Applied Sciences")
METROPOLIA = _school("Metropolia Ammattikorkeakoulu", "Metropolia Ammattikorkeakoulusta", "Metropolia yrkeshögskola", "Metropolia University of Applied Sciences")
TURKU_AMK = _school("Turun ammattikorkeakoulu", "Turun ammattikorkeakoulusta", "Åbo yrkeshögskola", "Turku University of Applied Sciences")
OAMK = _school("Oulun ammattikorkeakoulu", "Oulun ammattikorkeakoulusta", "Uleåborgs yrkeshögskola", "Oulu University of Applied Sciences")
SAVONIA = _school("Savonia-ammattikorkeakoulu", "Savonia-ammattikorkeakoulusta", "Savonia yrkeshögskola", "Savonia University of Applied Sciences")
XAMK = _school("Kaakkois-Suomen ammattikorkeakoulu", "Kaakkois-Suomen ammattikorkeakoulusta", "Sydöstra Finlands yrkeshögskola", "South-Eastern Finland University of Applied Sciences")
NOVIA = _school("Yrkeshögskolan Novia", "Yrkeshögskolan Noviasta", "Yrkeshögskolan Novia", "Novia University of Applied Sciences", swedish=True)
ARCADA = _school("Arcada", "Arcadasta", "Yrkeshögskolan Arcada", "Arcada University of Applied Sciences", swedish=True)
ABO = _school("Åbo Akademi", "Åbo Akademista", "Åbo Akademi", "Åbo Akademi University", swedish=True)
HY = _school("Helsingin yliopisto", "Helsingin yliopistosta", "Helsingfors universitet", "the University of Helsinki")
JYU = _school("Jyväskylän yliopisto", "Jyväskylän yliopistosta", "Jyväskylä universitet", "the University of Jyväskylä")
TY = _school("Turun yliopisto", "Turun yliopistosta", "Åbo universitet", "the University of Turku")
TUNI = _school("Tampereen yliopisto", "Tampereen yliopistosta", "Tammerfors universitet", "Tampere University")
OY = _school("Oulun yliopisto", "Oulun yliopistosta", "Uleåborgs universitet", "the University of Oulu")
HUMAK = _school("Humanistinen ammattikorkeakoulu", "Humanistisesta ammattikorkeakoulusta", "Humanistiska yrkeshögskolan", "Humak University of Applied Sciences")
LAB = _school("LAB-ammattikorkeakoulu", "LAB-ammattikorkeakoulusta", "LAB-yrkeshögskolan", "LAB University of Applied Sciences")
KARELIA = _school("Karelia-ammattikorkeakoulu", "Karelia-ammattikorkeakoulusta", "Karelia yrkeshögskola", "Karelia University of Applied Sciences")
SEAMK = _school("Seinäjoen ammattikorkeakoulu", "Seinäjoen ammattikorkeakoulusta", "Seinäjoki yrkeshögskola", "Seinäjoki University of Applied Sciences")
POPJAZZ = _school("Pop & Jazz Konservatorio", "Pop & Jazz Konservatoriosta", "Pop & Jazz Konservatoriet", "the Pop & Jazz Conservatory Helsinki")
UNIARTS_SE = _school("Tukholman taideyliopisto", "Tukholman taideyliopistosta", "Stockholms konstnärliga högskola", "Stockholm University of the Arts")


def A(name: str, *specs: str) -> Pattern:
    """An association's name; Swedish ones end in "rf"."""
    langs = "sv" if name.endswith(" rf") else "fi en"
    return Pattern(name, "yhdistys", "en förening", "an association", langs, None, specs)


def E(school: School, degree: str) -> Education:
    return Education(school, degree)


def F(fi_loc: str, sv: str, en: str) -> Festival:
    return Festival(fi_loc, sv, en)


def R(fi: str, fi_ess: str, sv: str, en: str, *specs: str) -> Role:
    return Role(fi, fi_ess, sv, en, specs)


def P(name: str, fi: str, sv: str, en: str, langs: str = "fi sv en", members: int | None = None, specs: tuple[str, ...] = ()) -> Pattern:
    return Pattern(name, fi, sv, en, langs, members, specs)
