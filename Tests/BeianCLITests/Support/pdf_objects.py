"""A PDF's objects as qpdf reads them (`qpdf --json`, streams decoded), for the PDF test scripts
beside this file. Needs qpdf."""
import base64, json, subprocess


class PDFObjects:
    def __init__(self, pdf):
        data = json.loads(subprocess.run(["qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized", pdf],
                                         check=True, capture_output=True).stdout)
        self.objects = data["qpdf"][1]

    def value(self, ref):
        return self.objects["obj:" + ref]["value"]

    def stream_bytes(self, ref):
        return base64.b64decode(self.objects["obj:" + ref]["stream"]["data"])

    def type0_fonts(self):
        """Each Type0 font with its font descriptor."""
        for o in self.objects.values():
            font = o.get("value")
            if isinstance(font, dict) and font.get("/Subtype") == "/Type0":
                descendant = self.value(font["/DescendantFonts"][0])
                yield font, self.value(descendant["/FontDescriptor"])
