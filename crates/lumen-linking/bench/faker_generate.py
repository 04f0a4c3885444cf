"""An evaluation generator independent of `lumen link generate`: people from Python Faker locales,
several records per person from a heavy-tailed distribution, with typos, OCR-like confusions,
nicknames, transliteration variants, swapped names, missing fields, moves and date-format noise.

Writes the same columns as `lumen link generate`, so both tools read it the same way:
`id,entity_id,given_name,surname,birth_date,phone,email,address,handle`.

    python bench/faker_generate.py --records 100000 --seed 11 --out /tmp/f100k.csv

Nothing here was tuned against either tool: the rates below are round figures chosen before
any run.
"""
import argparse, csv, datetime, random, unicodedata
from faker import Faker

LOCALES = {  # locale: share of people
    "fr_BE": 0.22, "nl_BE": 0.22, "ro_RO": 0.08, "bg_BG": 0.07, "ar_AA": 0.08, "zh_CN": 0.06,
    "vi_VN": 0.06, "uk_UA": 0.07, "tr_TR": 0.07, "pl_PL": 0.07,
}
POSTCODES = ["1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082",
             "1083", "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190",
             "1200", "1210", "2000", "9000", "4000", "6000", "3000", "8000"]
NICKNAMES = {
    "alexander": "alex", "alexandre": "alex", "catherine": "cathy", "christine": "chris",
    "christophe": "chris", "elisabeth": "lisa", "frederic": "fred", "guillaume": "will",
    "jean-pierre": "jp", "johannes": "jan", "katarzyna": "kasia", "margaretha": "greet",
    "mohamed": "mo", "nicolas": "nico", "patricia": "patty", "philippe": "phil",
    "stephanie": "steph", "thomas": "tom", "valentina": "vali", "wilhelmina": "mien",
    "aleksandra": "ola", "małgorzata": "gosia", "anastasia": "nastya", "mehmet": "memo",
    "dmytro": "dima", "oleksandr": "sasha", "ekaterina": "katya", "mustafa": "musti",
}
OCR = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("rn", "m"), ("cl", "d"), ("vv", "w"),
       ("ii", "u"), ("e", "c")]
# Two Cyrillic romanisations that disagree where real ones do (ж, х, ц, ч, ш, щ, й, ю, я, и/і).
CYR_A = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяъыэё",
                 ["a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l",
                  "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
                  "yu", "ya", "", "y", "e", "yo"]))
CYR_B = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяъыэё",
                 ["a", "b", "w", "g", "g", "d", "e", "je", "j", "z", "i", "i", "ji", "j", "k", "l",
                  "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "c", "tch", "ch", "sht", "",
                  "ju", "ja", "a", "i", "e", "jo"]))


def romanise(s, table):
    out = []
    for ch in s:
        low = ch.lower()
        r = table.get(low)
        if r is None:
            out.append(ch)
        else:
            out.append(r.capitalize() if ch != low and r else r)
    return "".join(out)


def typo(rng, s):
    if len(s) < 2:
        return s
    k = rng.randrange(len(s))
    op = rng.random()
    letters = "abcdefghijklmnopqrstuvwxyz"
    if op < 0.3:
        return s[:k] + rng.choice(letters) + s[k + 1:]
    if op < 0.55:
        return s[:k] + s[k + 1:]
    if op < 0.8:
        return s[:k] + rng.choice(letters) + s[k:]
    k = min(k, len(s) - 2)
    return s[:k] + s[k + 1] + s[k] + s[k + 2:]


def ocr(rng, s):
    options = [(a, b) for a, b in OCR if a in s] + [(b, a) for a, b in OCR if b in s]
    if not options:
        return s
    a, b = rng.choice(options)
    return s.replace(a, b, 1)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def build_pools(seed, size):
    pools = {}
    for k, loc in enumerate(LOCALES):
        f = Faker(loc)
        f.seed_instance(seed * 100 + k)
        roman = loc == "zh_CN"
        given = [f.first_romanized_name() if roman else f.first_name() for _ in range(size)]
        surname = [f.last_romanized_name() if roman else f.last_name() for _ in range(size)]
        streets = [f.street_name() for _ in range(size // 2)]
        domains = [f.free_email_domain() for _ in range(20)]
        pools[loc] = (given, surname, streets, domains)
    return pools


def person(rng, pools, loc):
    given, surname, streets, domains = pools[loc]
    g, s = rng.choice(given), rng.choice(surname)
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 58))
    phone = "+32 4" + "".join(rng.choice("0123456789") for _ in range(8))
    user = ascii_fold(f"{g}.{s}").lower().replace(" ", "")
    email = f"{user}{rng.randrange(100)}@{rng.choice(domains)}" if rng.random() < 0.7 else ""
    handle = f"@{ascii_fold(g).lower()[:6]}{rng.randrange(1000)}" if rng.random() < 0.3 else ""
    return {"loc": loc, "given": g, "surname": s, "born": born, "phone": phone, "email": email,
            "handle": handle, "address": address(rng, pools, loc)}


def address(rng, pools, loc):
    streets = pools[loc][2] if loc in ("fr_BE", "nl_BE") else pools[rng.choice(["fr_BE", "nl_BE"])][2]
    return (rng.choice(streets), str(rng.randrange(1, 300)), rng.choice(POSTCODES))


def noisy_name(rng, name, loc):
    if loc in ("bg_BG", "uk_UA"):
        r = rng.random()
        name = name if r < 0.4 else romanise(name, CYR_A if r < 0.75 else CYR_B)
    nick = NICKNAMES.get(name.lower())
    if nick and rng.random() < 0.3:
        name = nick.capitalize()
    if rng.random() < 0.15:
        name = typo(rng, name)
    if rng.random() < 0.05:
        name = ocr(rng, name)
    if rng.random() < 0.2:
        name = ascii_fold(name)
    return name.upper() if rng.random() < 0.1 else name


def noisy_date(rng, d):
    if rng.random() < 0.15:
        return ""
    y, m, day = d.year, d.month, d.day
    r = rng.random()
    if r < 0.05 and day <= 12:
        m, day = day, m
    elif r < 0.10:
        day = min(28, max(1, day + rng.choice([-1, 1, 10, -10])))
    elif r < 0.13:
        y = int(str(y)[:2] + str(y)[3] + str(y)[2])
    fmt = rng.random()
    if fmt < 0.5:
        return f"{y:04d}-{m:02d}-{day:02d}"
    if fmt < 0.8:
        return f"{day:02d}/{m:02d}/{y:04d}"
    return f"{day}.{m}.{y}"


def record(rng, pools, p):
    g, s = noisy_name(rng, p["given"], p["loc"]), noisy_name(rng, p["surname"], p["loc"])
    if rng.random() < 0.05:
        g, s = s, g
    if rng.random() < 0.2:
        p["address"] = address(rng, pools, p["loc"])  # moved
        if rng.random() < 0.5:
            p["phone"] = "+32 4" + "".join(rng.choice("0123456789") for _ in range(8))
    street, number, postcode = p["address"]
    if rng.random() < 0.1:
        number = str(int(number) + rng.choice([-2, -1, 1, 2]))
    addr = f"{street} {number}, {postcode}" if rng.random() < 0.75 else ""
    phone = p["phone"] if rng.random() < 0.55 else ""
    if phone and rng.random() < 0.5:
        phone = "0" + phone[4:].replace(" ", "")
    if phone and rng.random() < 0.03:
        phone = ocr(rng, phone)
    email = p["email"] if rng.random() < 0.5 else ""
    handle = p["handle"] if rng.random() < 0.5 else ""
    return [g if rng.random() > 0.05 else "", s if rng.random() > 0.03 else "",
            noisy_date(rng, p["born"]), phone, email, addr, handle]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pools = build_pools(args.seed, max(500, min(20000, args.records // 20)))
    locs, weights = list(LOCALES), list(LOCALES.values())
    written, entity = 0, 0
    with open(args.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "entity_id", "given_name", "surname", "birth_date", "phone", "email",
                    "address", "handle"])
        while written < args.records:
            p = person(rng, pools, rng.choices(locs, weights)[0])
            # Records per person: heavy-tailed (Pareto, shape 1.6), at most 60.
            n = min(60, int(rng.paretovariate(1.6)))
            for _ in range(min(n, args.records - written)):
                w.writerow([f"f{written}", f"p{entity}"] + record(rng, pools, p))
                written += 1
            entity += 1


if __name__ == "__main__":
    main()
