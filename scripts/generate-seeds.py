#!/usr/bin/env python3
"""Generates the seed data of tally's demo, reproducibly, from fixed seeds.

    python3 scripts/generate-seeds.py            # writes seeds/wansheng/ and seeds/crec-bridge/

万盛工匠杯 (competitions/wansheng-craftsman-2023.yaml): 13 trades, 391 registered entrants
(388 compete, 2 are absent, 1 is disqualified), theory marks, judges' practical marks (panels
of 5 or 3, the 中式烹调师 modules, the 西式面点师 WorldSkills-style aspects), times, and one
discrepancy that the chief judge corrects. The marks are shaped so that the published result
is the article's: 233 award winners (优秀技能人才). Competitor codes are drawn by tally at
import with seed 20230215; this script replays that draw (SplitMix64, Fisher–Yates) to key
the marks by code.

中铁 bridge (competitions/crec-bridge-teams-2023.yaml): 27 teams, 111 players, 56 deals with
hands (PBN), and for each of the 7 rounds every team's results at its NS and EW tables
against robots, with contracts bid on the cards and tricks that depend on each pair's skill.
Robot-form results do not depend on the opponents, but the team with the bye does not play:
the script pairs each round with tally itself (built with `swift build` if needed) on a
scratch database, so that each round's file leaves out that round's bye, exactly as the demo
will pair it.
"""
import json
import os
import random
import subprocess
import tempfile
from fractions import Fraction

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DRAW_SEED = 20230215
MASK = (1 << 64) - 1

# ---------------------------------------------------------------- tally's draw, replayed

class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            value = self.next()
            if value >= threshold:
                return value % bound


def shuffled(items, generator):
    result = list(items)
    for index in range(len(result) - 1, 0, -1):
        other = generator.below(index + 1)
        result[index], result[other] = result[other], result[index]
    return result


def drawn_codes(count, seed):
    order = shuffled(range(count), SplitMix64(seed))
    width = max(2, len(str(count)))
    codes = [None] * count
    for number, entrant in enumerate(order):
        codes[entrant] = "A" + str(number + 1).zfill(width)
    return codes

# ---------------------------------------------------------------- exact scoring, as tally does

def half_up(value, places=2):
    scale = 10 ** places
    scaled = value * scale
    whole = scaled.numerator // scaled.denominator
    if (scaled - whole) * 2 >= 1:
        whole += 1
    return Fraction(whole, scale)


def aggregate(kind, marks):
    marks = sorted(marks)
    if kind == "mean":
        return sum(marks, Fraction(0)) / len(marks)
    if kind == "median":
        middle = len(marks) // 2
        return marks[middle] if len(marks) % 2 else (marks[middle - 1] + marks[middle]) / 2
    if kind == "trimmed":
        kept = marks[1:-1]
        return sum(kept, Fraction(0)) / len(kept)
    if kind == "closest":
        low, high = marks[1] - marks[0], marks[2] - marks[1]
        if low == high:
            return marks[1]
        return (marks[0] + marks[1]) / 2 if low < high else (marks[1] + marks[2]) / 2
    raise ValueError(kind)

# ---------------------------------------------------------------- the skills competition

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 秀英 桂英 建国 建华 志强 海燕 红梅 玉兰 宏伟 "
         "俊杰 晓东 晓燕 雪梅 春华 秋菊 冬梅 立新 德华 永刚 家豪 梓涵 欣怡 宇轩 浩然 子轩 雨欣 思远 嘉怡 文博 "
         "一鸣 诗涵 晨阳 林阳 小红 国庆 建军 丽华 金凤 玉梅 德明 天佑 振华 美玲 佳琪").split()
ORGANISATIONS = [
    "万盛经开区总工会", "南桐矿业公司", "万盛煤电公司", "东林煤矿", "鱼田堡煤矿", "万盛经开区人民医院",
    "万盛经开区中医院", "黑山谷旅游公司", "万盛城市管理局", "万东镇总工会", "南桐镇总工会", "青年镇总工会",
    "关坝镇总工会", "丛林镇总工会", "石林镇总工会", "金桥镇总工会", "万盛经开区职业教育中心", "万盛交通运输公司",
    "万盛电力公司", "万盛燃气公司", "万盛自来水公司", "万盛区养老服务中心", "万盛区妇幼保健院", "万盛区茶叶协会",
    "万盛机械制造公司", "万盛汽车服务公司", "万盛餐饮协会", "万盛电商产业园", "万盛建设集团", "万盛商贸城",
]

PANEL5 = {"theory": 30, "practical": ("panel", 70, 5, "trimmed", 10)}
TRADES = [  # id, competed entrants, practical marking
    ("electrician", 36, ("panel", 70, 5, "trimmed", 10), 30),
    ("chinese-cook", 28, ("modules", 70), 30),
    ("western-pastry", 24, ("aspects", 70), 30),
    ("elderly-care", 34, ("panel", 70, 5, "trimmed", 10), 30),
    ("childcare", 30, ("panel", 80, 5, "trimmed", 10), 20),
    ("maternity-care", 26, ("panel", 70, 3, "median", 10), 30),
    ("tea-art", 32, ("panel", 80, 3, "median", 8), 20),
    ("welder", 30, ("panel", 70, 5, "trimmed", 10), 30),
    ("fitter", 28, ("panel", 70, 5, "trimmed", 10), 30),
    ("auto-mechanic", 26, ("panel", 60, 5, "trimmed", 10), 40),
    ("hairdresser", 24, ("panel", 70, 3, "mean", 10), 30),
    ("restaurant-server", 28, ("panel", 70, 3, "closest", 10), 30),
    ("e-commerce", 42, ("single", 60), 40),
]
MODULES = [("knife-work", 30), ("cold-dish", 30), ("hot-dish", 40)]
ASPECTS = [("A1", "m", 5), ("A2", "j", 5), ("B1", "m", 10), ("B2", "j", 30), ("C1", "m", 10), ("C2", "j", 25), ("C3", "j", 15)]
ABSENT = {"welder": 1, "hairdresser": 1}
DISQUALIFIED = {"auto-mechanic": 1}
DISCREPANCY_TRADE = "electrician"


def panel_marks(rng, level, judges, tolerance):
    """Judges' marks around the entrant's level, in half points, within the tolerance."""
    centre = max(40, min(99, level + rng.uniform(-2, 2)))
    while True:
        marks = [Fraction(round(2 * max(0, min(100, centre + rng.uniform(-3.5, 3.5))))) / 2 for _ in range(judges)]
        if max(marks) - min(marks) <= tolerance:
            return marks


def generate_trade(rng, trade, competed, practical, theory_weight):
    """Entrants with marks; resampled until the top 60 % all pass the gate with distinct totals."""
    while True:
        entrants = []
        for index in range(competed):
            skill = rng.gauss(76, 9)
            theory = Fraction(max(35, min(100, round(skill + rng.gauss(0, 6)))))
            marks = [("theory", "", "", theory)]
            if practical[0] == "panel":
                _, weight, judges, kind, tolerance = practical
                seats = panel_marks(rng, skill, judges, tolerance)
                marks += [("practical", f"J{j + 1}", "", m) for j, m in enumerate(seats)]
                value = aggregate(kind, seats)
            elif practical[0] == "single":
                value = Fraction(max(35, min(100, round(skill + rng.gauss(0, 5)))))
                marks.append(("practical", "", "", value))
            elif practical[0] == "modules":
                value = Fraction(0)
                for module, weight in MODULES:
                    seats = panel_marks(rng, skill + rng.gauss(0, 3), 3, 10)
                    marks += [(module, f"J{j + 1}", "", m) for j, m in enumerate(seats)]
                    value += Fraction(weight, 100) * aggregate("median", seats)
            else:  # aspects: measurement full or zero, judgement 0–3 by three judges
                raw = Fraction(0)
                for aspect, kind, maximum in ASPECTS:
                    if kind == "m":
                        got = maximum if rng.random() < min(0.97, max(0.3, (skill - 45) / 40)) else 0
                        marks.append(("practical", "", aspect, Fraction(got)))
                        raw += got
                    else:
                        base = max(0, min(3, round((skill - 50) / 12 + rng.uniform(-0.6, 0.6))))
                        scores = [max(0, min(3, base + rng.choice([0, 0, 0, -1, 1]))) for _ in range(3)]
                        while max(scores) - min(scores) > 1:
                            scores = [max(0, min(3, base + rng.choice([0, 0, -1, 1]))) for _ in range(3)]
                        marks += [("practical", f"J{j + 1}", aspect, Fraction(s)) for j, s in enumerate(scores)]
                        raw += Fraction(maximum * sum(scores), 9)
                value = raw  # the scheme's maxima add up to 100
            total = half_up(Fraction(theory_weight, 100) * theory + Fraction(100 - theory_weight, 100) * value)
            entrants.append({"marks": marks, "theory": theory, "practical": half_up(value), "total": total,
                             "seconds": rng.randrange(2400, 3600)})
        ranked = sorted(entrants, key=lambda e: -e["total"])
        quota = int(Fraction(3, 5) * competed + Fraction(1, 2))
        totals = [e["total"] for e in entrants]
        if len(set(totals)) != len(totals):
            continue
        if all(e["theory"] >= 60 and e["practical"] >= 60 for e in ranked[:quota]):
            return entrants


def person(rng, used):
    while True:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name not in used:
            used.add(name)
            return name


def write_skills():
    rng = random.Random(2023_02_15)
    out = os.path.join(ROOT, "seeds", "wansheng")
    os.makedirs(out, exist_ok=True)
    used = set()
    entrant_rows, marks_rows, times_rows, status_rows, correction_rows = [], [], [], [], []
    for position, (trade, competed, practical, theory_weight) in enumerate(TRADES):
        entrants = generate_trade(rng, trade, competed, practical, theory_weight)
        extra = ABSENT.get(trade, 0) + DISQUALIFIED.get(trade, 0)
        registered = entrants + [None] * extra
        names = [person(rng, used) for _ in registered]
        organisations = [rng.choice(ORGANISATIONS) for _ in registered]
        codes = drawn_codes(len(registered), DRAW_SEED + position)
        for index, entrant in enumerate(registered):
            entrant_rows.append(f"{trade},{names[index]},{organisations[index]}")
        for index, entrant in enumerate(entrants):
            for component, judge, aspect, value in entrant["marks"]:
                marks_rows.append(f"{trade},{codes[index]},{component},{judge},{aspect},{float(value):g}")
            times_rows.append(f"{trade},{codes[index]},practical,{entrant['seconds']}")
        for offset in range(ABSENT.get(trade, 0)):
            status_rows.append(f"{trade},{codes[competed + offset]},absent,未按时检录")
        for offset in range(DISQUALIFIED.get(trade, 0)):
            code = codes[competed + ABSENT.get(trade, 0) + offset]
            status_rows.append(f"{trade},{code},disqualified,违反安全操作规程，裁判长取消资格")
            # A disqualified entrant keeps the marks entered before the decision.
            marks_rows.append(f"{trade},{code},theory,,,{rng.randrange(60, 90)}")
        if trade == DISCREPANCY_TRADE:
            # Judge J2 of the first entrant keyed in 52 for 85.5: a spread far above 10.
            first = codes[0]
            line = next(i for i, row in enumerate(marks_rows) if row.startswith(f"{trade},{first},practical,J2,"))
            true_mark = marks_rows[line].split(",")[-1]
            marks_rows[line] = f"{trade},{first},practical,J2,,52"
            correction_rows.append(f"{trade},{first},practical,J2,{true_mark},复核原始评分表：J2 录入错误（52 应为 {true_mark}）")
    write(out, "entrants.csv", "trade,name,organisation", entrant_rows)
    write(out, "marks.csv", "trade,code,component,judge,aspect,mark", marks_rows)
    write(out, "times.csv", "trade,code,component,seconds", times_rows)
    write(out, "statuses.csv", "trade,code,status,reason", status_rows)
    write(out, "corrections.csv", "trade,code,component,judge,mark,reason", correction_rows)

# ---------------------------------------------------------------- the bridge event

TEAMS = ["中铁一局", "中铁二局", "中铁三局", "中铁四局", "中铁五局", "中铁六局", "中铁七局", "中铁八局", "中铁九局",
         "中铁十局", "中铁大桥局", "中铁隧道局", "中铁电气化局", "中铁建工", "中铁广州局", "中铁上海局", "中铁武汉局",
         "中铁北京局", "中铁南方公司", "中铁国际集团", "中铁山桥", "中铁宝桥", "中铁科工", "中铁装备", "中铁置业",
         "中铁交通", "中铁资本"]
SUITS = "SHDC"
RANKS = "AKQJT98765432"
HCP = {"A": 4, "K": 3, "Q": 2, "J": 1}
SEATS = "NESW"


def deal_board(rng):
    cards = [s + r for s in SUITS for r in RANKS]
    rng.shuffle(cards)
    hands = [cards[i * 13:(i + 1) * 13] for i in range(4)]
    return hands


def pbn_deal(hands):
    def hand(cards):
        return ".".join("".join(r for r in RANKS if s + r in cards) for s in SUITS)
    return "N:" + " ".join(hand(h) for h in hands)


def analyse(hands):
    """The contract the cards call for, its declarer, and the tricks it should take."""
    points = [sum(HCP.get(c[1], 0) for c in h) for h in hands]
    lengths = [{s: sum(1 for c in h if c[0] == s) for s in SUITS} for h in hands]
    ns, ew = points[0] + points[2], points[1] + points[3]
    side = (0, 2) if ns >= ew else (1, 3)
    combined = max(ns, ew)
    fits = {s: lengths[side[0]][s] + lengths[side[1]][s] for s in SUITS}
    major = max("SH", key=lambda s: fits[s])
    minor = max("DC", key=lambda s: fits[s])
    if fits[major] >= 8:
        strain = major
    elif combined >= 23 or fits[minor] < 8:
        strain = "NT"
    else:
        strain = minor
    expected = 6 + max(0, (combined - 17) / 2.6) + (0.6 if strain != "NT" and fits.get(strain, 0) >= 9 else 0)
    if combined >= 37:
        level = 7
    elif combined >= 33:
        level = 6
    elif combined >= 25:
        level = {"NT": 3, "S": 4, "H": 4}.get(strain, 5)
    elif combined >= 22:
        level = 3 if strain != "NT" else 2
    else:
        level = 2 if combined >= 20 else 1
    declarer = max(side, key=lambda seat: points[seat] + (lengths[seat].get(strain, 0) if strain != "NT" else 0))
    return level, strain, SEATS[declarer], min(13.0, expected)


def write_bridge():
    rng = random.Random(2023_10)
    out = os.path.join(ROOT, "seeds", "crec-bridge")
    os.makedirs(out, exist_ok=True)
    used = set()
    team_rows = []
    skill = {}
    for number, name in enumerate(TEAMS, start=1):
        size = 5 if number in (3, 11, 20) else 4
        players = [person(rng, used) for _ in range(size)]
        team_rows.append(f"{number},{name}队,{name},{'、'.join(players)}")
        strength = rng.gauss(0, 0.45)
        skill[number] = {"NS": strength + rng.gauss(0, 0.2), "EW": strength + rng.gauss(0, 0.2)}
    write(out, "teams.csv", "number,name,organisation,players", team_rows)

    deals = [deal_board(rng) for _ in range(56)]
    lines = ["% PBN 2.1", "% 中国中铁首届“集物科技杯”职工网络桥牌团体赛: the 56 deals", ""]
    for board, hands in enumerate(deals, start=1):
        vulnerability = ["None", "NS", "EW", "All", "NS", "EW", "All", "None",
                         "EW", "All", "None", "NS", "All", "None", "NS", "EW"][(board - 1) % 16]
        lines += [f'[Event "中国中铁首届“集物科技杯”职工网络桥牌团体赛"]', f'[Board "{board}"]',
                  f'[Dealer "{SEATS[(board - 1) % 4]}"]', f'[Vulnerable "{vulnerability}"]',
                  f'[Deal "{pbn_deal(hands)}"]', ""]
    with open(os.path.join(out, "deals.pbn"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    tally = build_tally()
    scratch = tempfile.mkdtemp(prefix="tally-seeds-")
    environment = dict(os.environ, TALLY_DB=os.path.join(scratch, "pairing.sqlite"))

    def run(*arguments):
        return subprocess.run([tally, *arguments], check=True, capture_output=True, text=True, env=environment).stdout

    run("init", os.path.join(ROOT, "competitions", "crec-bridge-teams-2023.yaml"))
    run("teams", "import", os.path.join(out, "teams.csv"))
    for round_number in range(1, 8):
        bye = json.loads(run("round", "pair", "--format", "json"))["bye"]
        rows = []
        for team in range(1, 28):
            for board in range(8 * round_number - 7, 8 * round_number + 1):
                level, strain, declarer, expected = analyse(deals[board - 1])
                for seat in ("NS", "EW"):
                    # The team's pair sits `seat`; robots hold the other two hands.
                    team_declares = declarer in ("NS" if seat == "NS" else "EW")
                    edge = skill[team][seat] if team_declares else -skill[team][seat] * 0.7
                    bid_level, bid_strain, doubled = level, strain, ""
                    roll = rng.random()
                    if roll < 0.12:
                        bid_level = max(1, level - 1)
                    elif roll < 0.2:
                        bid_level = min(7, level + 1)
                    elif roll < 0.24 and level >= 3:
                        doubled = "X"
                    tricks = round(expected + edge + rng.gauss(0, 0.9))
                    tricks = max(bid_level + 2, min(13, tricks))
                    if team != bye:
                        rows.append(f"{round_number},{board},{team},{seat},{bid_level}{bid_strain}{doubled},{declarer},{tricks}")
        name = f"results-round{round_number}.csv"
        write(out, name, "round,board,team,seat,contract,declarer,tricks", rows)
        run("results", "import", os.path.join(out, name))


def build_tally():
    """The tally executable of this checkout, built when missing."""
    path = os.path.join(ROOT, ".build", "debug", "tally")
    if not os.path.exists(path):
        subprocess.run(["swift", "build", "--product", "tally"], cwd=ROOT, check=True)
    return path


def write(folder, name, header, rows):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    write_skills()
    write_bridge()
