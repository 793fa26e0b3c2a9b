#!/usr/bin/python3
"""Writes the roster files of the command-line tests as other programs write them:
house-windows-1256.csv (Arabic Excel's "CSV": Windows-1256, ';', CR LF, day/month/year),
house-utf16.txt (Excel's "Unicode text": UTF-16LE with a byte-order mark, tabs, Arabic-Indic
digits) and house-openpyxl.xlsx (a workbook written by openpyxl: a title row merged above the
headers, real date cells, two sheets, empty trailing rows). Run from this folder."""
import datetime
import openpyxl

rows = [
    ["النسب", "الاسم", "الجنس", "تاريخ الازدياد", "المستوى", "رمز مسار", "تاريخ الالتحاق"],
    ["أيت علي", "فاطمة", "أنثى", "15/03/2012", "الأولى إعدادي", "G123456789", "01/09/2026"],
    ["بنعلي", "خديجة", "أنثى", "02/07/2011", "الثانية إعدادي", "G223456789", "01/09/2026"],
    ["الإدريسي", "سناء", "أنثى", "31/02/2012", "الثالثة إعدادي", "", "01/09/2026"],  # not a real day
    ["العلوي", "مريم; \"ميمي\"", "أنثى", "01/01/2013", "السادس ابتدائي", "", "01/09/2026"],  # ; and quotes inside
    ["أيت علي", "فاطمة", "أنثى", "15/03/2012", "الأولى إعدادي", "G123456789", "01/09/2026"],  # row 2 again
    ["الحسني", "زينب", "أنثى", "20/11/2012", "الأولى إعدادي", "", "02/09/2026"],
]


def csv_field(value, separator):
    if any(c in value for c in (separator, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


text = "\r\n".join(";".join(csv_field(v, ";") for v in r) for r in rows) + "\r\n"
open("house-windows-1256.csv", "wb").write(text.encode("cp1256"))

indic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
rows16 = [
    ["Nom", "Prénom", "Sexe", "Date de naissance", "Niveau scolaire"],
    ["Ait Ali", "Fatima", "F", "15/03/2012".translate(indic), "1AC"],
    ["Benali", "Khadija", "F", "٢٠١١-٠٧-٠٢", "2AC"],
    ["Alaoui", "Meryem", "F", "١/١/٢٠١٣", "6AP"],
]
text16 = "\r\n".join("\t".join(r) for r in rows16) + "\r\n"
open("house-utf16.txt", "wb").write(b"\xff\xfe" + text16.encode("utf-16-le"))

book = openpyxl.Workbook()
notes = book.active
notes.title = "ملاحظات"
notes["A1"] = "لائحة المستفيدين، تحيين شتنبر 2026"
sheet = book.create_sheet("المستفيدون")
sheet["A1"] = "دار الطالبة أيت أورير"
sheet.merge_cells("A1:F1")
sheet.append(["الاسم العائلي", "الاسم الشخصي", "الجنس", "تاريخ الازدياد", "المستوى الدراسي", "رقم البطاقة الوطنية"])
sheet.append(["أيت علي", "فاطمة", "أنثى", datetime.date(2012, 3, 15), "1AC", None])
sheet.append(["بنعلي", "خديجة", "F", datetime.date(2011, 7, 2), "2AC", 123456789])
sheet.append(["العلوي", "مريم", "غير معروف", datetime.date(2013, 1, 1), "6AP", None])  # sex not recognised
for cell in ("D3", "D4", "D5"):
    sheet[cell].number_format = "DD/MM/YYYY"
sheet["A9"] = ""  # an empty trailing row Excel keeps
book.save("house-openpyxl.xlsx")
