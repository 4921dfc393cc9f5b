"""Checks that every glyph code a PDF's content uses names a glyph of the embedded font: for each
Type0 font, every code its ToUnicode map lists must be a CID in the charset of its CFF program,
the table readers look codes up in; and its FontBBox must reach above and below the baseline, as
the glyphs do (readers size selection and clipping by it). Prints one line per problem, or "ok".

Usage: python3 pdf_glyphs.py FILE.pdf  (needs qpdf and fontTools)"""
import io, re, sys
from fontTools.cffLib import CFFFontSet
from pdf_objects import PDFObjects

pdf = PDFObjects(sys.argv[1])
problems = []
for font, descriptor in pdf.type0_fonts():
    name = font["/BaseFont"]
    _, bottom, _, ceiling = descriptor["/FontBBox"]
    if not (bottom < 0 < ceiling and ceiling - bottom >= 500):
        problems.append(f"{name}: FontBBox {descriptor['/FontBBox']} does not enclose the glyphs")
    cff = CFFFontSet()
    cff.decompile(io.BytesIO(pdf.stream_bytes(descriptor["/FontFile3"])), None)
    top = cff.topDictIndex[0]
    if not hasattr(top, "ROS"):
        problems.append(f"{name}: the CFF is not CID-keyed")
        continue
    cids = {0 if glyph == ".notdef" else int(glyph[3:]) for glyph in top.charset}
    cmap = pdf.stream_bytes(font["/ToUnicode"]).decode("ascii")
    codes = [int(code, 16) for code in re.findall(r"^<([0-9A-F]{4})> <", cmap, re.M)]
    missing = [code for code in codes if code not in cids]
    if not codes:
        problems.append(f"{name}: no ToUnicode entries")
    if missing:
        problems.append(f"{name}: codes without a glyph in the charset: {missing[:10]}")
print("\n".join(problems) if problems else "ok")
