#!/usr/bin/env python3
"""Generates a national-scale skills competition for benchmarks, reproducibly (fixed seed).

    scripts/generate-national.py OUT_DIR [--trades 100] [--entrants 1667] [--seed 1]

Writes OUT_DIR/national.yaml (trades scored 30/70: theory single, practical 5 judges,
trimmed mean), OUT_DIR/entrants.csv (with codes) and OUT_DIR/marks.csv (theory + 5 judges
per entrant: 100 × 1,667 × 6 = 1,000,200 marks by default). Marks are whole or half points
within the tolerance, so the file imports cleanly.
"""
import argparse
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--trades", type=int, default=100)
    parser.add_argument("--entrants", type=int, default=1667)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    with open(os.path.join(args.out, "national.yaml"), "w", encoding="utf-8") as f:
        f.write("competition:\n  id: national-benchmark\n  name: 全国职业技能大赛（基准测试）\n  kind: skills\n")
        f.write("scoring:\n  components:\n")
        f.write("    - { id: theory, name: 理论, weight: 30, pass: 60, marking: single }\n")
        f.write("    - { id: practical, name: 实操, weight: 70, pass: 60, marking: panel, judges: 5,"
                " aggregate: trimmed-mean, trim: 1, tolerance: 10 }\n")
        f.write("  tie-breaks: [practical, time]\ntrades:\n")
        for t in range(1, args.trades + 1):
            f.write(f"  - {{ id: trade-{t:03d}, name: 工种{t:03d} }}\n")

    width = max(2, len(str(args.entrants)))
    with open(os.path.join(args.out, "entrants.csv"), "w", encoding="utf-8") as f:
        f.write("trade,name,organisation,code\n")
        for t in range(1, args.trades + 1):
            for e in range(1, args.entrants + 1):
                f.write(f"trade-{t:03d},选手{t:03d}{e:05d},单位{rng.randrange(1, 301):03d},A{e:0{width}d}\n")

    with open(os.path.join(args.out, "marks.csv"), "w", encoding="utf-8") as f:
        f.write("trade,code,component,judge,mark\n")
        for t in range(1, args.trades + 1):
            for e in range(1, args.entrants + 1):
                code = f"A{e:0{width}d}"
                f.write(f"trade-{t:03d},{code},theory,,{rng.randrange(40, 101)}\n")
                base = rng.randrange(50, 91)
                for j in range(1, 6):
                    mark = base + rng.randrange(0, 19) / 2
                    f.write(f"trade-{t:03d},{code},practical,J{j},{mark:g}\n")


if __name__ == "__main__":
    main()
