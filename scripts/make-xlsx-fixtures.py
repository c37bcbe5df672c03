#!/usr/bin/env python3
"""Writes the workbook fixtures of Tests/TallyCLITests/Fixtures/workbooks with openpyxl, as
Excel and WPS write registration and marks workbooks (shared strings, number cells, a date
cell, a second sheet), for the small two-trade skills fixture (small-skills.yaml):

    scripts/make-xlsx-fixtures.py     # rewrites the fixtures (they are committed)
"""
import datetime
import os

import openpyxl

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TallyCLITests", "Fixtures", "workbooks")
os.makedirs(OUT, exist_ok=True)

# Registration: the entrants of the CSV fixture, codes given, a title row above the header on a
# sheet named 报名表, and a notes sheet after it.
registration = openpyxl.Workbook()
sheet = registration.active
sheet.title = "报名表"
sheet.append(["trade", "name", "organisation", "code", "station"])
entrants = [
    ("electrician", "王建国", "天河供电局", "A01", 1), ("electrician", "李红", "天河供电局", "A02", 2),
    ("electrician", "张伟", "城东电力", "A03", 3), ("electrician", "刘洋", "城东电力", "A04", 4),
    ("electrician", "陈静", "西区工会", "A05", 5), ("electrician", "杨帆", "西区工会", "A06", 6),
    ("tea-art", "孙丽", "天河供电局", "A01", 1), ("tea-art", "周敏", "城东电力", "A02", 2),
]
for row in entrants:
    sheet.append(list(row))
notes = registration.create_sheet("说明")
notes.append(["填表说明：工位号为数字"])
registration.save(os.path.join(OUT, "registration.xlsx"))

# Marks as a desk keys them into Excel: numbers, one of them the float Excel stores for 86.5
# stored as 86.49999999999999 (what a sum such as =86.4+0.1 can leave), and a judge column.
marks = openpyxl.Workbook()
sheet = marks.active
sheet.title = "评分"
sheet.append(["trade", "code", "component", "judge", "mark"])
sheet.append(["electrician", "A01", "theory", None, 90])
sheet.append(["electrician", "A01", "practical", "J1", 86.49999999999999])
sheet.append(["electrician", "A01", "practical", "J2", 88.5])
sheet.append(["electrician", "A01", "practical", "J3", 87])
marks.save(os.path.join(OUT, "marks.xlsx"))

# A date where a mark belongs: refused with the sheet and row.
dated = openpyxl.Workbook()
sheet = dated.active
sheet.title = "评分"
sheet.append(["trade", "code", "component", "judge", "mark"])
sheet.append(["electrician", "A02", "theory", None, 91])
sheet.append(["electrician", "A02", "practical", "J1", datetime.date(2024, 3, 15)])
dated.save(os.path.join(OUT, "marks-with-date.xlsx"))
print("wrote", OUT)

# Bridge: the 9-team Swiss fixture's teams and its round-1 results (the PBN fixtures' round1.csv),
# as a director's workbook holds them; times for the skills fixture.
import csv

teams = openpyxl.Workbook()
sheet = teams.active
sheet.title = "参赛队"
sheet.append(["number", "name", "organisation", "players"])
for number in range(1, 10):
    players = "、".join(f"队员{number}-{seat}" for seat in range(1, 5 if number > 3 else 6))
    sheet.append([number, f"中铁{number}局队", f"中铁{number}局", players])
teams.save(os.path.join(OUT, "teams.xlsx"))

results = openpyxl.Workbook()
sheet = results.active
sheet.title = "第1轮"
source = os.path.join(os.path.dirname(__file__), "..", "Tests", "TallyCLITests", "Fixtures", "bridge", "other-programs", "round1.csv")
with open(source, encoding="utf-8") as handle:
    for index, row in enumerate(csv.reader(handle)):
        sheet.append(row if index == 0 else [int(row[0]), int(row[1]), int(row[2]), row[3], row[4], row[5] or None,
                                             int(row[6]) if row[6] else None])
results.save(os.path.join(OUT, "results-round1.xlsx"))

times = openpyxl.Workbook()
sheet = times.active
sheet.append(["trade", "code", "component", "seconds"])
sheet.append(["electrician", "A01", "practical", 5400])
sheet.append(["electrician", "A02", "practical", 5123])
times.save(os.path.join(OUT, "times.xlsx"))
print("wrote the bridge and times workbooks")
