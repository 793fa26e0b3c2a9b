#!/usr/bin/python3
# Writes the openpyxl fixtures of the roster import (tests/core/XlsxSheetTest.cpp), with the
# Debian openpyxl (python3-openpyxl): /usr/bin/python3 make-openpyxl.py; the files are written
# beside this script.
import datetime
import os

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

FIXED = datetime.datetime(2026, 12, 2, 3, 0, 0)


def fixed_times(wb):
    # The same document properties on every run (the zip's own dates still change).
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


wb = openpyxl.Workbook()
residents = wb.active
residents.title = "المقيمون"
residents.append(["الاسم الكامل", None, "تاريخ الازدياد", "رقم البطاقة", "المعدل", "حاضر"])
residents.merge_cells("A1:B1")  # a header over the family and the first name
residents.append(["العلوي", "فاطمة الزهراء", datetime.date(2012, 3, 15), 123456789012, 14.75, True])
residents.append(["بنعلي", "Youssef يوسف", datetime.datetime(2010, 11, 2, 14, 30), 987654, 12.5, False])
# Row 4 is left empty.
residents.cell(row=5, column=1, value="الإدريسي")
residents.cell(row=5, column=3, value=datetime.date(1999, 12, 31))
residents.cell(row=5, column=5, value=0.1 + 0.2)
# A family name merged down over its two members.
residents.cell(row=6, column=1, value="التازي")
residents.cell(row=6, column=2, value="سعاد")
residents.cell(row=7, column=2, value="كريم")
residents.merge_cells("A6:A7")
residents.cell(row=8, column=1, value="بنعلي")  # a shared string used twice
residents.cell(row=8, column=3, value="15/03/2012")  # a date typed as text stays text
residents.cell(row=8, column=4, value=-3.5)
# Trailing rows that hold only formatting, no value.
for row in range(9, 13):
    residents.cell(row=row, column=1).number_format = "0.00"
    residents.cell(row=row, column=7).number_format = "dd/mm/yyyy"

institutions = wb.create_sheet("Établissements")
institutions.append(["Nom", "Capacité", "Ouverture"])
institutions.append(["Dar Al Atfal Marrakech", 120, datetime.date(1998, 9, 1)])
institutions.cell(row=2, column=3).number_format = "[$-fr-FR]d mmmm yyyy"
institutions.append(["Maison d'enfants « Al Amal »", 45.5, datetime.date(1900, 1, 1)])

lists = wb.create_sheet("Listes")
lists.append(["ذكر", "أنثى"])
lists.sheet_state = "hidden"
fixed_times(wb)
HERE = os.path.dirname(os.path.abspath(__file__))
wb.save(os.path.join(HERE, "roster-openpyxl.xlsx"))

mac = openpyxl.Workbook()
mac.epoch = CALENDAR_MAC_1904
sheet = mac.active
sheet.title = "Mac"
sheet.append(["الاسم", "تاريخ الدخول"])
sheet.append(["سلمى", datetime.date(2012, 3, 15)])
sheet.append(["Omar", datetime.date(1904, 1, 1)])
sheet.append(["نزهة", datetime.datetime(2020, 2, 29, 23, 59, 59)])
fixed_times(mac)
mac.save(os.path.join(HERE, "roster-openpyxl-1904.xlsx"))
