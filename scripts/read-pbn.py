#!/usr/bin/env python3
"""Reads a PBN file with an independent parser (endplay, https://pypi.org/project/endplay/)
and prints each game as one JSON object per line: board, deal, contract, declarer, tricks,
North-South's score as endplay computes it, and the Score/Round/Table/Room tags as read.

    scripts/read-pbn.py FILE.pbn

tally's tests compare this with what tally stored (bridge spec §8: the export reads back in an
independent parser with the same deals, contracts, results and scores)."""
import json
import sys

from endplay.parsers import pbn
from endplay.types import Player

STRAINS = {"clubs": "C", "diamonds": "D", "hearts": "H", "spades": "S", "nt": "NT"}

with open(sys.argv[1], encoding="utf-8") as handle:
    boards = pbn.load(handle)
for board in boards:
    contract = board.contract
    game = {"board": board.board_num, "deal": board.deal.to_pbn() if board.deal else None}
    if contract is not None and contract.level > 0:
        declarer = contract.declarer
        score = contract.score(board.vul)
        north_south = declarer in (Player.north, Player.south)
        game.update({
            "contract": f"{contract.level}{STRAINS[contract.denom.name]}{contract.penalty.abbr.upper()}",
            "declarer": declarer.abbr,
            "tricks": contract.level + 6 + contract.result,
            "nsScore": score if north_south else -score,
        })
    elif contract is not None:
        game.update({"contract": "Pass", "nsScore": 0})
    for tag in ("Score", "Round", "Table", "Room", "HomeTeam", "VisitTeam"):
        if tag in board.info:
            game[tag] = board.info[tag]
    print(json.dumps(game, ensure_ascii=False))
