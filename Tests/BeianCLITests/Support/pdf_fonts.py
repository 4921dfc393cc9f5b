"""Prints, as JSON, the fonts a PDF embeds: for each Type0 font its BaseFont, the SHA-256 of its
font program and the characters its ToUnicode map lists.

Usage: python3 pdf_fonts.py FILE.pdf  (needs qpdf)"""
import hashlib, json, re, sys
from pdf_objects import PDFObjects

pdf = PDFObjects(sys.argv[1])
fonts = []
for font, descriptor in pdf.type0_fonts():
    cmap = pdf.stream_bytes(font["/ToUnicode"]).decode("ascii")
    cmap = re.sub(r"begincodespacerange.*?endcodespacerange", "", cmap, flags=re.S)
    characters = "".join(chr(int(unit, 16)) for unit in re.findall(r"^<[0-9A-F]{4}> <([0-9A-F]{4})>", cmap, re.M))
    fonts.append({"name": font["/BaseFont"][1:], "program": hashlib.sha256(pdf.stream_bytes(descriptor["/FontFile3"])).hexdigest(),
                  "characters": characters})
print(json.dumps(sorted(fonts, key=lambda f: f["name"]), ensure_ascii=False))
