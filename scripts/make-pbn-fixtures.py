#!/usr/bin/env python3
"""Writes the PBN fixtures of Tests/TallyCLITests/Fixtures/bridge/other-programs: round 1 of
the 9-team Swiss fixture (swiss-9.yaml: robot form, one table a team, boards 1-4; pairs 1-2,
3-4, 5-6, 7-8, bye 9) in the styles other programs write PBN in, with tally's own CSV of the
same results beside them. Deals and results are this script's own (seeded), scored by this
script's own duplicate scoring, so each file is also a check of tally's scores.

    scripts/make-pbn-fixtures.py            # rewrites the fixtures (they are committed)
"""
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TallyCLITests", "Fixtures", "bridge", "other-programs")
SEATS = "NESW"
RANKS = "AKQJT98765432"
DEALERS = "NESW"
VULNERABLE = ["None", "NS", "EW", "All", "NS", "EW", "All", "None", "EW", "All", "None", "NS", "All", "None", "NS", "EW"]
random.seed(2023)


def deal():
    cards = [suit + rank for suit in "SHDC" for rank in RANKS]
    random.shuffle(cards)
    hands = []
    for seat in range(4):
        hand = cards[seat * 13:(seat + 1) * 13]
        hands.append(".".join("".join(sorted((c[1] for c in hand if c[0] == suit), key=RANKS.index)) for suit in "SHDC"))
    return "N:" + " ".join(hands)


def score(contract, declarer, tricks, board):
    """North-South's duplicate score."""
    if contract == "Pass":
        return 0
    level, rest = int(contract[0]), contract[1:]
    doubled = rest.count("X")
    strain = rest.rstrip("X")
    vul = VULNERABLE[(board - 1) % 16]
    side = "NS" if declarer in "NS" else "EW"
    vulnerable = vul == "All" or vul == side
    needed = level + 6
    if tricks >= needed:
        per = 20 if strain in "CD" else 30
        trick_points = per * level + (10 if strain == "NT" else 0)
        trick_points *= [1, 2, 4][doubled]
        total = trick_points
        total += (500 if vulnerable else 300) if trick_points >= 100 else 50
        if level == 6:
            total += 750 if vulnerable else 500
        if level == 7:
            total += 1500 if vulnerable else 1000
        total += [0, 50, 100][doubled]
        over = tricks - needed
        if doubled:
            total += over * (200 if vulnerable else 100) * doubled
        else:
            total += over * per
    else:
        down = needed - tricks
        if not doubled:
            total = -down * (100 if vulnerable else 50)
        else:
            penalty = 0
            for undertrick in range(1, down + 1):
                if vulnerable:
                    penalty += 200 if undertrick == 1 else 300
                else:
                    penalty += 100 if undertrick == 1 else (200 if undertrick <= 3 else 300)
            total = -penalty * doubled
    return total if side == "NS" else -total


deals = {board: deal() for board in range(1, 13)}
teams = {number: f"中铁{number}局队" for number in range(1, 10)}
contracts = ["4S", "3NT", "2HX", "Pass", "6D", "1NT", "4HXX", "5C", "3NT", "2S"]
results = []  # (board, team, seat, contract, declarer, tricks)
for team in range(1, 9):
    seat = "NS" if team % 2 == 1 else "EW"
    for board in range(1, 5):
        contract = random.choice(contracts)
        declarer = random.choice(SEATS)
        tricks = 0 if contract == "Pass" else max(0, min(13, int(contract[0]) + 6 + random.randint(-3, 2)))
        results.append((board, team, seat, contract, declarer, tricks))


def write(name, lines, newline="\n", bom=False):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as handle:
        handle.write(("\ufeff" if bom else "") + newline.join(lines) + newline)


def csv_row(board, team, seat, contract, declarer, tricks):
    return f"1,{board},{team},{seat},Pass,," if contract == "Pass" else f"1,{board},{team},{seat},{contract},{declarer},{tricks}"


write("round1.csv", ["round,board,team,seat,contract,declarer,tricks"] + [csv_row(*result) for result in results])

# A dealing program's tournament file: header comments, every tag, empty play tags, CRLF.
lines = ["% PBN 2.1", "% EXPORT", "%Content-type: text/x-pbn; charset=ISO-8859-1",
         "%Creator: a dealing program (deals made for tally's tests)", ""]
for board in range(1, 13):
    lines += [f'[Event ""]', f'[Site ""]', f'[Date ""]', f'[Board "{board}"]', '[West ""]', '[North ""]', '[East ""]',
              '[South ""]', f'[Dealer "{DEALERS[(board - 1) % 4]}"]', f'[Vulnerable "{VULNERABLE[(board - 1) % 16]}"]',
              f'[Deal "{deals[board]}"]', '[Scoring ""]', '[Declarer ""]', '[Contract ""]', '[Result ""]', ""]
write("dealer-deals.pbn", lines, newline="\r\n")


def scorer_record(board, team, seat, contract, declarer, tricks, index):
    home = team % 2 == 1
    opponent = team + 1 if home else team - 1
    north_south = score(contract, declarer, tricks, board)
    if contract == "Pass":
        play = ['[Declarer ""]', '[Contract "Pass"]', '[Result ""]']
    elif index % 3 == 0:   # the declaring side's tricks, as "NS 11" / "EW 2"
        side = "NS" if declarer in "NS" else "EW"
        play = [f'[Declarer "{declarer}"]', f'[Contract "{contract}"]', f'[Result "{side} {tricks}"]']
    elif index % 3 == 1:   # the other side's tricks
        side = "EW" if declarer in "NS" else "NS"
        play = [f'[Declarer "{declarer}"]', f'[Contract "{contract}"]', f'[Result "{side} {13 - tricks}"]']
    else:
        play = [f'[Declarer "{declarer}"]', f'[Contract "{contract}"]', f'[Result "{tricks}"]']
    names = {"N": "?", "E": "?", "S": "?", "W": "?"}
    for s in (seat[0], seat[1]):
        names[s] = teams[team]
    record = [f'[Event "九队积分编排赛"]', '[Site "测试工会"]', '[Date "2023.03.01"]', f'[Board "{board}"]',
              f'[West "{names["W"]}"]', f'[North "{names["N"]}"]', f'[East "{names["E"]}"]', f'[South "{names["S"]}"]',
              f'[Dealer "{DEALERS[(board - 1) % 4]}"]', f'[Vulnerable "{VULNERABLE[(board - 1) % 16]}"]',
              f'[Deal "{deals[board]}"]', '[Scoring "IMP"]'] + play + [
              f'[Score "NS {north_south}"]',
              f'[HomeTeam "{teams[team if home else opponent]}"]', f'[VisitTeam "{teams[opponent if home else team]}"]',
              f'[Room "{"Open" if home else "Closed"}"]', f'[TeamSeat "{seat}"]']
    if index % 5 == 0:
        record.append("{played on the club's second night}")
    return record + [""]


# A club scorer's results: a byte-order mark, CRLF, ; commentary, no Round tag, teams by name,
# Result in all three forms.
lines = ["% PBN 2.1", "% EXPORT", "; results of round 1, exported by a club scorer", ""]
for index, result in enumerate(results):
    lines += scorer_record(*result, index)
write("scorer-crlf-bom.pbn", lines, newline="\r\n", bom=True)
# The same as an old Mac program writes it: CR only.
write("scorer-cr.pbn", lines, newline="\r")

# Unknown hands (only North's known), one board not played (empty Declarer and Contract).
lines = ["% PBN 2.1", "% unknown hands and a board not played", ""]
played = 0
for index, (board, team, seat, contract, declarer, tricks) in enumerate(results):
    if team > 2:
        continue
    record = scorer_record(board, team, seat, contract, declarer, tricks, index)
    north = deals[board].split(" ")[0]
    record = [f'[Deal "{north} - - -"]' if line.startswith("[Deal ") else line for line in record]
    if team == 2 and board == 4:
        record = [line for line in record if not line.startswith(("[Score ", "[Result "))]
        record = ['[Declarer ""]' if line.startswith("[Declarer ") else '[Contract ""]' if line.startswith("[Contract ")
                  else line for line in record]
    else:
        played += 1
    lines += record
write("unknown-hands.pbn", lines)
write("unknown-hands.csv", ["round,board,team,seat,contract,declarer,tricks"]
      + [csv_row(*result) for result in results if result[1] <= 2 and not (result[1] == 2 and result[0] == 4)])
print(f"wrote {OUT}: {len(results)} results, {played} in unknown-hands.pbn")
