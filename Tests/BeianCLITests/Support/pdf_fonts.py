"""Prints, as JSON, the fonts a PDF embeds: for each Type0 font its BaseFont, the SHA-256 of its
font program and the characters its ToUnicode map lists.

Usage: python3 pdf_fonts.py FILE.pdf  (needs qpdf)"""
import base64, hashlib, json, re, subprocess, sys

data = json.loads(subprocess.run(["qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized", sys.argv[1]],
                                 check=True, capture_output=True).stdout)
objects = data["qpdf"][1]

def obj(ref):
    return objects["obj:" + ref]

def stream_bytes(ref):
    return base64.b64decode(obj(ref)["stream"]["data"])

fonts = []
for o in objects.values():
    font = o.get("value")
    if not (isinstance(font, dict) and font.get("/Subtype") == "/Type0"):
        continue
    descriptor = obj(obj(font["/DescendantFonts"][0])["value"]["/FontDescriptor"])["value"]
    cmap = stream_bytes(font["/ToUnicode"]).decode("ascii")
    cmap = re.sub(r"begincodespacerange.*?endcodespacerange", "", cmap, flags=re.S)
    characters = "".join(chr(int(unit, 16)) for unit in re.findall(r"^<[0-9A-F]{4}> <([0-9A-F]{4})>", cmap, re.M))
    fonts.append({"name": font["/BaseFont"][1:], "program": hashlib.sha256(stream_bytes(descriptor["/FontFile3"])).hexdigest(),
                  "characters": characters})
print(json.dumps(sorted(fonts, key=lambda f: f["name"]), ensure_ascii=False))
