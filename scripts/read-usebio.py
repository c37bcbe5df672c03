#!/usr/bin/env python3
"""Reads a USEBIO 1.2 teams file with Python's own XML parser, as a USEBIO reader does, and
recomputes every board's IMPs from its traveller lines alone (with this script's own IMP
scale), then prints the event as JSON:

    scripts/read-usebio.py FILE.xml

    {"date": "15/02/2023", "teams": [{"id", "name", "place", "total"}],
     "matches": [{"round", "team", "opposing", "teamScore", "opposingScore", "teamVP",
                  "opposingVP", "boards": [{"board", "imps", "recomputed", "lines"}]}]}

A board's recomputed IMPs are those of Σ SCORE over its lines, + where DIRECTION is NS and −
where it is EW (DIRECTION is the side the match's first team sat, or is reckoned to have sat);
`null` when a line is an adjusted score or has no score. tally's tests compare all of it with
what tally stored (bridge spec §8)."""
import json
import sys
import xml.etree.ElementTree as ElementTree

# The WBF IMP scale: the least score difference for 1, 2, … 24 IMPs.
STEPS = [20, 50, 90, 130, 170, 220, 270, 320, 370, 430, 500, 600, 750, 900, 1100, 1300, 1500,
         1750, 2000, 2250, 2500, 3000, 3500, 4000]


def imps(difference):
    gained = sum(1 for step in STEPS if abs(difference) >= step)
    return gained if difference >= 0 else -gained


def text(element, name):
    child = element.find(name)
    return None if child is None or child.text is None else child.text.strip()


def number(value):
    return None if value in (None, "") else float(value)


event = ElementTree.parse(sys.argv[1]).getroot().find("EVENT")
section = event.find("SESSION/SECTION")
teams = [{"id": team.get("TEAM_ID"), "name": team.get("TEAM_NAME"), "place": int(text(team, "PLACE")),
          "total": number(text(team, "TOTAL_SCORE"))}
         for team in section.findall("PARTICIPANTS/TEAM")]
matches = []
for match in section.findall("MATCH"):
    boards = []
    for board in match.findall("BOARD"):
        lines = board.findall("TRAVELLER_LINE")
        total = 0
        for line in lines:
            score = text(line, "SCORE")
            if line.find("ADJUSTED_SCORE") is not None or score in (None, ""):
                total = None
                break
            total += int(score) if text(line, "DIRECTION") == "NS" else -int(score)
        imps_text = text(board, "IMPS")
        boards.append({"board": int(text(board, "BOARD_NUMBER")),
                       "imps": None if imps_text is None else int(imps_text),
                       "recomputed": None if total is None or not lines else imps(total),
                       "lines": len(lines)})
    matches.append({"round": int(text(match, "ROUND_NUMBER")), "team": text(match, "TEAM"),
                    "opposing": text(match, "OPPOSING_TEAM"),
                    "teamScore": int(text(match, "TEAM_SCORE")), "opposingScore": int(text(match, "OPPOSING_TEAM_SCORE")),
                    "teamVP": number(text(match, "TEAM_VICTORY_POINTS")),
                    "opposingVP": number(text(match, "OPPOSING_TEAM_VICTORY_POINTS")),
                    "boards": boards})
print(json.dumps({"date": text(event, "DATE"), "teams": teams, "matches": matches}, ensure_ascii=False))
