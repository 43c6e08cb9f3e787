"""Vocabulary of figures: number words, scales, currencies, units and counted nouns.

Kept apart from the parser in `briefings.figures` so the patterns there stay readable. The
units here are regular expressions tied to the parser's forms (glued, abbreviated); lengths and
masses, the words a number in words counts and the counting frames are tunable data in
`data/figures.yaml` (`briefings.figure_lexicon`).
"""

from __future__ import annotations

from briefings.figure_lexicon import figure_lexicon

WORD_VALUES: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "a": 1,
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "сто": 100, "двадцать": 20,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19,
    "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    # Oblique forms, figures only before a scale: "свыше пяти тысяч", not "двух стран".
    "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6,
    "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двадцати": 20, "тридцати": 30,
    "сорока": 40, "пятидесяти": 50, "ста": 100,
    # A thousand without a digit: "около тысячи мин" (the plural "тысячи" needs a bound).
    "тысяча": 1000, "тысячу": 1000, "тысячи": 1000,
    # Collective numerals count people ("трое солдат", "двое раненых").
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
}  # fmt: skip
OBLIQUE_NUMBERS = frozenset(
    {"двух", "трех", "трёх", "четырех", "четырёх", "пяти", "шести", "семи", "восьми", "девяти",
     "десяти", "двадцати", "тридцати", "сорока", "пятидесяти", "ста"}
)  # fmt: skip
# Fractions of a scale word: "half a million", "a quarter of a million".
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "trln": 1e12,
    "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "млн": 1e6, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9,
    "миллиардов": 1e9, "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12,
    # Indian numbering ("Rs 3,20,000 crore"): a lakh is 100,000, a crore ten million.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
SCALE_NAME = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}

CURRENCY_PREFIX = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "₼": "AZN", "azn": "AZN", "₽": "RUB", "rub": "RUB", "¥": "CNY",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "jpy": "JPY", "cny": "CNY",
    # The IMF's unit of account, written before or after the amount ("SDR 760 million").
    "sdr": "XDR",
    "rmb": "CNY",  # the renminbi's code in Chinese copy ("RMB 10k")
}  # fmt: skip
# Unit words after the number, as (pattern, canonical unit); first match wins.
UNITS: tuple[tuple[str, str], ...] = (
    # "37,7 проц." (agency and statistics copy) is a per cent too.
    # "42pc" (British and East African copy) too.
    (r"%|per\s?cent\b|percent\b|pct\b|pc\b|проц(?:ент\w*|\.|\b)|п\.\s?п\.", "%"),
    (r"percentage points?\b", "pp"),
    (r"(?:U\.?S\.?\s)?dollars?\b|долл(?:ар\w*|\.)|\$", "USD"),
    (r"euros?\b|евро\b|€", "EUR"),
    (r"manats?\b|манат\w*|AZN\b", "AZN"),
    (r"(?:pounds sterling|pounds)\b|фунт\w* стерлинг\w*", "GBP"),
    (r"(?:roubles?|rubles?)\b|рубл\w*|руб\.", "RUB"),
    (r"yen\b|иен\w*|JPY\b", "JPY"),
    (r"rupees?\b|рупи\w*|INR\b", "INR"),
    (r"yuan\b|юан\w*|CNY\b", "CNY"),
    (r"SDRs?\b|special drawing rights\b", "XDR"),
    (r"USD\b", "USD"),
    (r"EUR\b", "EUR"),
    (r"bcma?\b", "bcm"),
    # The gas trade's cubic feet ("21 tcf", "300 bcf") and the oil trade's million barrels a
    # day ("0.4 mb/d", "2.2 mbd").
    (r"tcf\b|trillion cubic feet\b", "tcf"),
    (r"bcf\b|billion cubic feet\b", "bcf"),
    (r"mb/d\b|mbd\b|mbpd\b|mmb/d\b|mmbpd\b", "mb/d"),
    (
        r"cubic met(?:er|re)s?\b|cu\.?\s?m\b|m3\b|m³|кубометр\w*|куб\.\s?м\b\.?"
        r"|кубических метров|куб(?:ов|а)\b",  # "8,5 млрд кубов": colloquial cubic metres
        "m3",
    ),
    (r"tonnes?\b|tons?\b|тонн\w*|т\b\.?", "t"),
    # "b/d", "bpd", "BBL/d": the trade's barrels per day.
    (r"barrels?(?:\s(?:per|a)\sday)?\b|b/d\b|bpd\b|bbl/d\b|баррел\w*(?:\s+в\s+сутки)?", "barrels"),
    # Russian copy hyphens the hour ("3,7 ТВт-ч") or spells the unit out ("2000 мегаватт").
    (r"kWh\b|kilowatt[- ]hours?\b|кВт[·-]?ч|киловатт-час\w*", "kWh"),
    (r"MWh\b|megawatt[- ]hours?\b|МВт[·-]?ч|мегаватт-час\w*", "MWh"),
    (r"GWh\b|gigawatt[- ]hours?\b|ГВт[·-]?ч|гигаватт-час\w*", "GWh"),
    (r"TWh\b|terawatt[- ]hours?\b|ТВт[·-]?ч|тераватт-час\w*", "TWh"),
    (r"GWe?\b|gigawatts?\b|ГВт|гигаватт\w*", "GW"),  # "GWe": electrical, as a plant is rated
    (r"MWe?\b|megawatts?\b|МВт|мегаватт\w*", "MW"),
    (r"kW\b|kilowatts?\b|кВт", "kW"),
    (r"sq\.?\s?km\b|square\s+kilomet(?:er|re)s?\b|km2\b|km²|кв\.\s?км\b|км2|км²", "km2"),
    (r"sq\.?\s?m\b|sqm\b|square\s+met(?:er|re)s?\b|m2\b|m²|кв\.\s?м\b", "m2"),
    # Speeds, before the lengths they are made of ("260 km/h", "27 metres per second").
    (r"km/h\b|kph\b|kilomet(?:er|re)s?\s+(?:per|an)\s+hour\b|км/ч", "km/h"),
    (r"mph\b|miles?\s+(?:per|an)\s+hour\b", "mph"),
    (r"m/s\b|met(?:er|re)s?\s+per\s+second\b|м/с", "m/s"),
    (r"kilomet(?:er|re)s?\b|km\b|км\b", "km"),
    (r"hectares?\b|ha\b|гектар\w*|га\b", "ha"),
    # "1.5C" only glued: "5 C" is too often something else.
    (r"°\s?C\b|(?<=\d)C\b|degrees?\s+Celsius\b|градус\w*\s+Цельсия", "°C"),
    (r"(?<=[\da-z])-?fold\b", "fold"),
    # Lengths and masses (data/figures.yaml), after the units above that share their words.
    *((entry.pattern, entry.unit) for entry in figure_lexicon().units),
)
# Things counted ("10 European countries"); up to two words may sit between number and noun.
COUNT_NOUNS: dict[str, str] = {
    "countries": "countries", "states": "states", "nations": "nations", "people": "people",
    "persons": "people", "residents": "residents", "citizens": "citizens",
    "soldiers": "soldiers", "troops": "troops", "servicemen": "soldiers",
    "refugees": "refugees", "families": "families", "households": "households",
    "projects": "projects", "companies": "companies", "members": "members",
    "mines": "mines", "landmines": "mines", "victims": "victims", "jobs": "jobs",
    "students": "students", "participants": "participants", "delegations": "delegations",
    "villages": "villages", "cities": "cities", "homes": "homes", "houses": "houses",
    "vessels": "vessels", "ships": "ships", "aircraft": "aircraft", "tanks": "tanks",
    "vehicles": "vehicles", "tourists": "tourists", "visitors": "visitors",
    "agreements": "agreements", "documents": "documents", "deaths": "deaths",
    # Memoranda signed at a visit, counted with what they are of ("seven memoranda of
    # understanding"): the whole phrase is the thing counted.
    "memoranda of understanding": "memoranda", "memorandums of understanding": "memoranda",
    "memoranda": "memoranda", "memorandums": "memoranda", "mous": "memoranda",
    "casualties": "casualties", "injured": "injured", "killed": "killed", "hostages": "hostages",
    "prisoners": "prisoners", "detainees": "detainees", "stations": "stations",
    "plants": "plants", "wells": "wells", "fields": "fields", "schools": "schools",
    "hospitals": "hospitals", "flights": "flights", "routes": "routes",
    "стран": "countries", "страны": "countries", "государств": "states",
    "человек": "people", "людей": "people", "жителей": "residents", "граждан": "citizens",
    "военнослужащих": "soldiers", "солдат": "soldiers", "беженцев": "refugees",
    "семей": "families", "проектов": "projects", "проекта": "projects", "компаний": "companies",
    "членов": "members", "мин": "mines", "жертв": "victims", "рабочих": "jobs",
    "участников": "participants", "сел": "villages", "городов": "cities", "домов": "houses",
    "туристов": "tourists", "соглашений": "agreements", "документов": "documents",
    "погибших": "deaths", "раненых": "injured", "пленных": "prisoners", "школ": "schools",
    # Plurals in "-men", which the parser's plural in "-s" misses ("three policemen").
    "policemen": "police", "gunmen": "gunmen", "firemen": "firefighters",
    "fishermen": "fishermen", "militiamen": "militiamen", "tribesmen": "tribesmen",
    "crewmen": "crew", "миротворцев": "peacekeepers", "миротворца": "peacekeepers",
    # Livestock is counted by the head ("120,000 head of livestock").
    "head of livestock": "livestock", "head of cattle": "cattle",
    # Mass nouns counted like plurals ("9,000 personnel", "44,000 unexploded ordnance").
    "personnel": "personnel", "staff": "staff", "ordnance": "ordnance",
    "attacks": "attacks", "strikes": "strikes", "drones": "drones", "missiles": "missiles",
    "shells": "shells", "атак": "attacks", "ударов": "strikes", "беспилотников": "drones",
    "ракет": "missiles",
    # Nouns with no plural "-s" and adjectives for people ("188 children", "300 dead").
    **{word: word for word in figure_lexicon().counted_nouns.en.counted_without_s},
}  # fmt: skip

# What a price is per: "45 euros per megawatt hour", "78 долларов за баррель".
PER_UNITS: tuple[tuple[str, str], ...] = (
    (r"megawatt[- ]hours?|MWh|МВт·?ч|мегаватт-час\w*", "MWh"),
    (r"kilowatt[- ]hours?|kWh|кВт·?ч|киловатт-час\w*", "kWh"),
    (
        r"thousand\s+cubic\s+met(?:er|re)s|1,?000\s+(?:cubic\s+met(?:er|re)s|m3)|tcm"
        r"|(?:тысячу|тыс\.?|1000)\s+(?:кубометров|кубических\s+метров|куб\.\s?м)",
        "1000 m3",
    ),
    (r"cubic\s+met(?:er|re)|m3|кубометр|кубический\s+метр", "m3"),
    (r"barrel|баррель", "barrel"),
    (r"(?:metric\s+)?(?:tonne|ton)|тонну|т\b", "tonne"),
    (r"MMBtu|million\s+British\s+thermal\s+units", "MMBtu"),
    (r"kilogram|kg|килограмм|кг", "kg"),
    (r"lit(?:re|er)|литр", "litre"),
    (r"square\s+met(?:er|re)|sq\.?\s?m|квадратный\s+метр", "m2"),
    (r"share|акцию", "share"),
    # A rate in time: "$50,000 per week", "$100 billion a year" (not "a year ago").
    (r"year(?!\s+(?:ago|earlier|before|later))|annum|год", "year"),
    (r"month|месяц", "month"),
    (r"week|неделю", "week"),
)

# Local currencies glued to the amount ("R1.8 trillion", "Dh20.2m"), keyed as written.
GLUED_CURRENCY: dict[str, str] = {c.prefix: c.unit for c in figure_lexicon().glued_currencies}
MONEY = frozenset(
    {"USD", "EUR", "AZN", "GBP", "RUB", "CNY", "JPY", "INR", "XDR", *GLUED_CURRENCY.values()}
)
# Hedges say nothing about the number and stay out of its text; bounds ("more than") stay in.
HEDGES = frozenset(
    {"about", "around", "roughly", "approximately", "almost", "nearly", "some", "close to",
     "около", "примерно", "порядка", "почти"}
)  # fmt: skip

# Long spans of time after a number ("within 30 years", "32 months", "за 14 месяцев"): a
# contract's term or an anniversary, no key figure of the story (labels leave them out).
# Hours and days stay figures: "talks ran 30 hours over time", "a 150-day plan" are news.
DURATION_NOUNS = frozenset(
    {"years", "months", "weeks", "decades", "centuries", "лет", "года", "годы", "месяцев",
     "месяца", "недель", "недели", "десятилетий", "веков"}
)  # fmt: skip
