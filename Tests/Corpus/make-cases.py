#!/usr/bin/env python3
"""Writes the bad-input corpus (bad-inputs/*.json) and expectations.json.

Each case is one mutation of a valid Hubei record, with the exact set of error diagnostics
(path, code) expected. Run from anywhere: python3 Tests/Corpus/make-cases.py
The large cases (a 1 MB field, 1,001 websites) are built by the test at runtime instead.
"""
import copy, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bad-inputs")

BASE = {
    "id": "corpus-base",
    "subject": {
        "name": "武汉示例科技有限公司",
        "nature": "enterprise",
        "certificate": {"type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9P"},
        "filingNumber": "鄂ICP备2019012345号",
        "address": "湖北省武汉市洪山区示例路1号",
        "legalRepresentative": {"name": "王五", "idNumber": "420102198503151234"},
        "owner": {"name": "张三", "mobile": "13812345678", "email": "zhang@example.cn"},
    },
    "websites": [
        {"name": "示例官网", "filingNumber": "鄂ICP备2019012345号-1", "domains": ["example.cn", "www.example.cn"],
         "owner": {"name": "李四", "mobile": "13012345678", "idNumber": "420106199001014563"}},
        {"name": "示例商城", "filingNumber": "鄂ICP备2019012345号-2", "domains": ["shop-example.cn"]},
    ],
}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(first17):
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    check = (12 - total % 11) % 11
    return first17 + ("X" if check == 10 else str(check))


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(first17):
    total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


def parse_path(path):
    parts = []
    for piece in path.split("."):
        m = re.fullmatch(r"([^\[]*)((?:\[\d+\])*)", piece)
        if m.group(1):
            parts.append(m.group(1))
        parts += [int(i) for i in re.findall(r"\[(\d+)\]", m.group(2))]
    return parts


DELETE = object()


def mutate(changes):
    record = copy.deepcopy(BASE)
    for path, value in changes:
        parts = parse_path(path)
        node = record
        for part in parts[:-1]:
            node = node[part]
        if value is DELETE:
            del node[parts[-1]]
        else:
            node[parts[-1]] = value
    return record


cases = {}


def case(name, changes, errors=(), warnings=(), raw=None):
    """errors: [(path, code)]; an empty list means the record must be accepted."""
    data = raw if raw is not None else (json.dumps(mutate(changes), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    expectation = {}
    if errors:
        expectation["errors"] = [{"path": p, "code": c} for p, c in errors]
    else:
        expectation["valid"] = True
    if warnings:
        expectation["warnings"] = [{"path": p, "code": c} for p, c in warnings]
    assert name not in cases, name
    cases[name] = (data, expectation)


base_text = json.dumps(BASE, ensure_ascii=False, indent=1)
base_bytes = base_text.encode("utf-8")
ROOT = ""

# --- Malformed JSON ---------------------------------------------------------------------------
case("json-truncated.json", [], [(ROOT, "json.syntax")], raw=base_bytes[: len(base_bytes) // 2])
case("json-trailing-comma-object.json", [], [(ROOT, "json.syntax")], raw=base_text.replace('"id": "corpus-base",', '"id": "corpus-base",', 1).replace('"email": "zhang@example.cn"', '"email": "zhang@example.cn",', 1).encode())
case("json-trailing-comma-array.json", [], [(ROOT, "json.syntax")], raw=base_text.replace('"shop-example.cn"', '"shop-example.cn",', 1).encode())
case("json-duplicate-key.json", [], [(ROOT, "json.syntax")], raw=base_text.replace('"id": "corpus-base",', '"id": "a", "id": "b",', 1).encode())
case("json-invalid-utf8.json", [], [(ROOT, "json.encoding")], raw=base_bytes.replace("示例官网".encode(), b"\xe7\xa4\xba\xff\xfe", 1))
case("json-bom-then-valid.json", [], raw=b"\xef\xbb\xbf" + base_bytes)
case("json-empty-file.json", [], [(ROOT, "json.syntax")], raw=b"")
case("json-only-whitespace.json", [], [(ROOT, "json.syntax")], raw=b"  \n\t\n")
case("json-single-quotes.json", [], [(ROOT, "json.syntax")], raw=base_text.replace('"id": "corpus-base"', "'id': 'corpus-base'", 1).encode())
case("json-comment.json", [], [(ROOT, "json.syntax")], raw=("// exported from the console\n" + base_text).encode())
case("json-nan.json", [], [(ROOT, "json.syntax")], raw=base_text.replace('"id": "corpus-base"', '"id": NaN', 1).encode())
case("json-unclosed-string.json", [], [(ROOT, "json.syntax")], raw=b'{"id": "abc, "subject": {}}')
case("json-lone-surrogate.json", [], [(ROOT, "json.syntax")], raw=base_text.replace("示例官网", "\\ud800官网", 1).encode())
case("json-raw-tab-in-string.json", [], [(ROOT, "json.syntax")], raw=base_text.replace("示例官网", "示例\t官网", 1).encode())
case("json-leading-zero-number.json", [], [(ROOT, "json.syntax")], raw=base_text.replace('"id": "corpus-base"', '"id": 0123', 1).encode())
case("json-two-values.json", [], [(ROOT, "json.syntax")], raw=base_bytes + b"\n" + base_bytes)
case("json-bad-escape.json", [], [(ROOT, "json.syntax")], raw=base_text.replace("示例官网", "示例\\x41", 1).encode())
case("json-deep-nesting-65.json", [], [(ROOT, "json.syntax")], raw=b'{"id": ' + b"[" * 64 + b"]" * 64 + b"}")
case("json-nesting-63-wrong-type.json", [], [("id", "field.type")], raw=(base_text.replace('"id": "corpus-base"', '"id": ' + "[" * 63 + "]" * 63, 1)).encode())
case("json-utf16.json", [], [(ROOT, "json.encoding")], raw=base_text.encode("utf-16"))

# --- Wrong types at every level --------------------------------------------------------------
case("type-root-array.json", [], [(ROOT, "field.type")], raw=b"[" + base_bytes + b"]")
case("type-root-string.json", [], [(ROOT, "field.type")], raw=b'"\xe9\x84\x82ICP\xe5\xa4\x872019012345\xe5\x8f\xb7"')
case("type-root-null.json", [], [(ROOT, "field.type")], raw=b"null")
case("type-id-object.json", [("id", {"value": 1})], [("id", "field.type")])
case("type-id-bool.json", [("id", True)], [("id", "field.type")])
case("type-subject-string.json", [("subject", "武汉示例科技有限公司")], [("subject", "field.type")])
case("type-subject-name-number.json", [("subject.name", 12345)], [("subject.name", "field.type")])
case("type-nature-bool.json", [("subject.nature", True)], [("subject.nature", "field.type")])
case("type-certificate-array.json", [("subject.certificate", ["unified-social-credit-code", "91420100MA4K2X9Y9P"])], [("subject.certificate", "field.type")])
case("type-certificate-type-number.json", [("subject.certificate.type", 1)], [("subject.certificate.type", "certificate.type")], [("subject.certificate.type", "field.number")])
case("type-certificate-number-number.json", [("subject.certificate.number", 91420100)], [("subject.certificate.number", "uscc.length")], [("subject.certificate.number", "field.number")])
case("type-filing-number-array.json", [("subject.filingNumber", ["鄂ICP备2019012345号"])], [("subject.filingNumber", "field.type")])
case("type-address-object.json", [("subject.address", {"city": "武汉"})], [("subject.address", "field.type")])
case("type-legal-representative-number.json", [("subject.legalRepresentative", 5)], [("subject.legalRepresentative", "field.type")])
case("type-owner-string.json", [("subject.owner", "张三")], [("subject.owner", "field.type")])
case("type-owner-email-array.json", [("subject.owner.email", ["zhang@example.cn"])], [("subject.owner.email", "field.type")])
case("type-owner-mobile-float.json", [("subject.owner.mobile", 138.5)], [("subject.owner.mobile", "field.type")])
case("type-websites-object.json", [("websites", {"0": BASE["websites"][0]})], [("websites", "field.type")])
case("type-website-string.json", [("websites[0]", "example.cn")], [("websites[0]", "field.type")])
case("type-domains-string.json", [("websites[0].domains", "example.cn")], [("websites[0].domains", "field.type")])
case("type-domain-item-number.json", [("websites[0].domains[1]", 42)], [("websites[0].domains[1]", "field.type")])
case("type-domain-expired-string.json", [("websites[0].domainExpired", "否")], [("websites[0].domainExpired", "field.type")])
case("type-website-owner-array.json", [("websites[0].owner", ["李四", "13012345678"])], [("websites[0].owner", "field.type")])
case("type-requests-array.json", [("requests", ["001"])], [("requests", "field.type")])
case("type-requests-no-seal-string.json", [("requests", {"noSeal": "yes"})], [("requests.noSeal", "field.type")])
case("type-requests-websites-string.json", [("requests", {"websites": "鄂ICP备2019012345号-1"})], [("requests.websites", "field.type")])
case("type-requests-carrier-number.json", [("requests", {"carrier": 5})], [("requests.carrier", "field.type")])
case("type-requests-website-status-array.json", [("requests", {"websiteStatus": ["无变化"]})], [("requests.websiteStatus", "field.type")])
case("type-mobile-as-number-accepted.json", [("subject.owner.mobile", 13812345678)], [], [("subject.owner.mobile", "field.number")])

# --- Missing and empty required fields -------------------------------------------------------
case("missing-subject.json", [("subject", DELETE)], [("subject", "field.missing")])
case("missing-subject-name.json", [("subject.name", DELETE)], [("subject.name", "field.missing")])
case("missing-nature.json", [("subject.nature", DELETE)], [("subject.nature", "field.missing")])
case("missing-certificate.json", [("subject.certificate", DELETE)], [("subject.certificate", "field.missing")])
case("missing-certificate-type.json", [("subject.certificate.type", DELETE)], [("subject.certificate.type", "field.missing")])
case("missing-subject-filing-number.json", [("subject.filingNumber", DELETE)], [("subject.filingNumber", "field.missing")])
case("missing-owner.json", [("subject.owner", DELETE)], [("subject.owner", "field.missing")])
case("missing-owner-mobile.json", [("subject.owner.mobile", DELETE)], [("subject.owner.mobile", "field.missing")])
case("missing-website-name.json", [("websites[1].name", DELETE)], [("websites[1].name", "field.missing")])
case("missing-website-domains.json", [("websites[1].domains", DELETE)], [("websites[1].domains", "field.missing")])
case("null-subject-name.json", [("subject.name", None)], [("subject.name", "field.missing")])
case("empty-subject-name.json", [("subject.name", "")], [("subject.name", "field.empty")])
case("blank-subject-name.json", [("subject.name", " \u3000 ")], [("subject.name", "field.empty")])
case("empty-certificate-number.json", [("subject.certificate.number", "")], [("subject.certificate.number", "field.empty")])
case("empty-website-filing-number.json", [("websites[0].filingNumber", "")], [("websites[0].filingNumber", "field.empty")])
case("empty-owner-name.json", [("websites[0].owner.name", "")], [("websites[0].owner.name", "field.empty")])
case("empty-domains.json", [("websites[1].domains", [])], [("websites[1].domains", "domains.empty")])
case("empty-domain-item.json", [("websites[1].domains", [""])], [("websites[1].domains[0]", "domain.shape")])
case("no-websites-accepted.json", [("websites", DELETE)], [])
case("typo-field-warned.json", [("websties", BASE["websites"]), ("websites", DELETE)], [], [("websties", "field.unknown")])

# --- Invisible and control characters --------------------------------------------------------
case("chars-bidi-override-name.json", [("subject.name", "武汉示例\u202e司公限有")], [("subject.name", "text.control-character")])
case("chars-bidi-isolate-website-name.json", [("websites[0].name", "示例\u2066官网\u2069")], [("websites[0].name", "text.control-character")])
case("chars-zero-width-space-name.json", [("subject.name", "武汉示例\u200b科技有限公司")], [("subject.name", "text.control-character")])
case("chars-zero-width-joiner-mobile.json", [("subject.owner.mobile", "138\u200d12345678")], [("subject.owner.mobile", "text.control-character")])
case("chars-bom-inside-name.json", [("websites[0].owner.name", "李\ufeff四")], [("websites[0].owner.name", "text.control-character")])
case("chars-nul-escape-name.json", [("subject.name", "武汉\u0000示例")], [("subject.name", "text.control-character")])
case("chars-newline-escape-name.json", [("subject.owner.name", "张\n三")], [("subject.owner.name", "text.control-character")])
case("chars-c1-control-address.json", [("subject.address", "湖北省\u0085武汉市")], [("subject.address", "text.control-character")])
case("chars-arabic-letter-mark-domain.json", [("websites[1].domains[0]", "shop-example\u061c.cn")], [("websites[1].domains[0]", "text.control-character")])
case("chars-word-joiner-filing-number.json", [("websites[0].filingNumber", "鄂ICP备2019012345号\u2060-1")], [("websites[0].filingNumber", "text.control-character")])
case("chars-ideographic-spaces-trimmed.json", [("subject.name", "\u3000武汉示例科技有限公司 \u3000")], [])

# --- Lengths and counts ----------------------------------------------------------------------
case("limit-name-101.json", [("subject.name", "武" * 101)], [("subject.name", "limit.length")])
case("limit-name-100-accepted.json", [("subject.name", "武" * 100)], [])
case("limit-website-name-long.json", [("websites[1].name", "商" * 150)], [("websites[1].name", "limit.length")])
case("limit-address-501.json", [("subject.address", "路" * 501)], [("subject.address", "limit.length")])
case("limit-reason-501.json", [("requests", {"reason": "因" * 501})], [("requests.reason", "limit.length")])
case("limit-domains-101.json", [("websites[1].domains", [f"d{i}.example.cn" for i in range(101)])], [("websites[1].domains", "limit.domains")])
case("limit-identifier-255.json", [("subject.certificate.number", "9" * 255)], [("subject.certificate.number", "limit.length")])

# --- Duplicates ------------------------------------------------------------------------------
case("dup-website-number.json", [("websites[1].filingNumber", "鄂ICP备2019012345号-1")], [("websites[1].filingNumber", "filing-number.duplicate")])
case("dup-domain-across-websites.json", [("websites[1].domains", ["shop-example.cn", "www.example.cn"])], [("websites[1].domains[1]", "domain.duplicate-website")])
case("dup-domain-across-websites-case.json", [("websites[1].domains", ["EXAMPLE.CN"])], [("websites[1].domains[0]", "domain.duplicate-website")], [("websites[1].domains[0]", "domain.normalised")])
case("dup-domain-within-website-warned.json", [("websites[1].domains", ["shop-example.cn", "shop-example.cn"])], [], [("websites[1].domains[1]", "domain.duplicate")])

# --- Filing numbers --------------------------------------------------------------------------
case("number-foreign-province-website.json", [("websites[1].filingNumber", "京ICP备2019012345号-2")], [("websites[1].filingNumber", "filing-number.province-mismatch")])
case("number-other-subject-website.json", [("websites[1].filingNumber", "鄂ICP备2019054321号-2")], [("websites[1].filingNumber", "filing-number.subject-mismatch")])
case("number-foreign-province-with-broken-owner.json", [("websites[1].filingNumber", "粤ICP备2019012345号-2"), ("subject.owner.mobile", "1401234567")], [("websites[1].filingNumber", "filing-number.province-mismatch"), ("subject.owner.mobile", "mobile.length")])
case("number-licence-subject.json", [("subject.filingNumber", "鄂ICP证030173号")], [("subject.filingNumber", "filing-number.licence")])
case("number-licence-website.json", [("websites[0].filingNumber", "鄂ICP证030173号-1")], [("websites[0].filingNumber", "filing-number.licence")])
case("number-full-width-digits-warned.json", [("subject.filingNumber", "鄂ICP备２０１９０１２３４５号")], [], [("subject.filingNumber", "text.full-width")])
case("number-full-width-icp-warned.json", [("websites[0].filingNumber", "鄂ＩＣＰ备2019012345号－1")], [], [("websites[0].filingNumber", "text.full-width")])
case("number-space-inside.json", [("subject.filingNumber", "鄂ICP备 2019012345号")], [("subject.filingNumber", "filing-number.shape")])
case("number-space-inside-website.json", [("websites[0].filingNumber", "鄂ICP备2019012345号 -1")], [("websites[0].filingNumber", "filing-number.shape")])
case("number-9-digits.json", [("subject.filingNumber", "鄂ICP备201901234号")], [("subject.filingNumber", "filing-number.digits")])
case("number-7-digits.json", [("subject.filingNumber", "鄂ICP备1901234号")], [("subject.filingNumber", "filing-number.digits")])
case("number-11-digits-website.json", [("websites[0].filingNumber", "鄂ICP备20190123456号-1")], [("websites[0].filingNumber", "filing-number.digits")])
case("number-suffix-zero.json", [("websites[0].filingNumber", "鄂ICP备2019012345号-0")], [("websites[0].filingNumber", "filing-number.sequence")])
case("number-suffix-leading-zero.json", [("websites[0].filingNumber", "鄂ICP备2019012345号-01")], [("websites[0].filingNumber", "filing-number.sequence")])
case("number-suffix-letter.json", [("websites[0].filingNumber", "鄂ICP备2019012345号-1B")], [("websites[0].filingNumber", "filing-number.suffix")])
case("number-lowercase-icp.json", [("subject.filingNumber", "鄂icp备2019012345号")], [("subject.filingNumber", "filing-number.case")])
case("number-unknown-province.json", [("subject.filingNumber", "港ICP备2019012345号")], [("subject.filingNumber", "filing-number.province")])
case("number-missing-hao.json", [("subject.filingNumber", "鄂ICP备2019012345")], [("subject.filingNumber", "filing-number.shape")])
case("number-website-number-as-subject.json", [("subject.filingNumber", "鄂ICP备2019012345号-1")], [("subject.filingNumber", "filing-number.kind")])
case("number-subject-number-as-website.json", [("websites[1].filingNumber", "鄂ICP备2019012345号")], [("websites[1].filingNumber", "filing-number.kind")])
case("number-implausible-year-warned.json", [("subject.filingNumber", "鄂ICP备1999012345号"), ("websites[0].filingNumber", "鄂ICP备1999012345号-1"), ("websites[1].filingNumber", "鄂ICP备1999012345号-2")], [], [("subject.filingNumber", "filing-number.year")])
case("number-app-without-domains-accepted.json", [("websites[1].filingNumber", "鄂ICP备2019012345号-2A"), ("websites[1].domains", DELETE)], [])

# --- Certificates ----------------------------------------------------------------------------
case("uscc-bad-check.json", [("subject.certificate.number", "91420100MA4K2X9Y9Q")], [("subject.certificate.number", "uscc.check")])
case("uscc-17-chars.json", [("subject.certificate.number", "91420100MA4K2X9Y9")], [("subject.certificate.number", "uscc.length")])
case("uscc-letter-o.json", [("subject.certificate.number", "91420100MA4K2XOY9P")], [("subject.certificate.number", "uscc.character")])
case("uscc-embedded-org-code-bad.json", [("subject.certificate.number", uscc("91420100D21435691"))], [("subject.certificate.number", "uscc.organization-code")])
case("org-code-bad-check.json", [("subject.certificate", {"type": "organization-code", "number": "D2143569-1"})], [("subject.certificate.number", "organization-code.check")])
case("org-code-short.json", [("subject.certificate", {"type": "organization-code", "number": "D214356-X"})], [("subject.certificate.number", "organization-code.length")])
case("certificate-type-unknown.json", [("subject.certificate.type", "business-licence")], [("subject.certificate.type", "certificate.type")])
case("nature-unknown.json", [("subject.nature", "company")], [("subject.nature", "nature.unknown")])
case("nature-individual-with-uscc.json", [("subject.nature", "individual")], [("subject.certificate.type", "certificate.nature-mismatch")])
case("nature-enterprise-with-resident-id.json", [("subject.certificate", {"type": "resident-id", "number": "420106199001014563"})], [("subject.certificate.type", "certificate.nature-mismatch")])
PERSON = {"name": "李四", "nature": "individual", "certificate": {"type": "resident-id", "number": "420106199001014563"},
          "filingNumber": "鄂ICP备2019012345号", "owner": {"name": "李四", "mobile": "13012345678"}}
case("resident-id-bad-check.json", [("subject", dict(PERSON, certificate={"type": "resident-id", "number": "420106199001014564"}))], [("subject.certificate.number", "resident-id.check")])
case("resident-id-feb-30.json", [("subject", dict(PERSON, certificate={"type": "resident-id", "number": resident_id("42010619990230456")}))], [("subject.certificate.number", "resident-id.birth-date")])
case("resident-id-future-birth.json", [("subject", dict(PERSON, certificate={"type": "resident-id", "number": resident_id("42010620300101456")}))], [("subject.certificate.number", "resident-id.birth-date")])
case("resident-id-bad-region.json", [("subject", dict(PERSON, certificate={"type": "resident-id", "number": resident_id("00010619900101456")}))], [("subject.certificate.number", "resident-id.region")])
case("resident-id-15-digits.json", [("subject", dict(PERSON, certificate={"type": "resident-id", "number": "420106900101456"}))], [("subject.certificate.number", "resident-id.old")])
case("resident-id-letter.json", [("websites[0].owner.idNumber", "42010619900101456A")], [("websites[0].owner.idNumber", "resident-id.character")])
MINOR = resident_id("42010620100301456")
case("minor-subject-owner.json", [("subject.owner.idNumber", MINOR)], [("subject.owner.idNumber", "person.minor")])
case("minor-website-owner.json", [("websites[0].owner.idNumber", MINOR)], [("websites[0].owner.idNumber", "person.minor")])
case("minor-legal-representative-warned.json", [("subject.legalRepresentative.idNumber", MINOR)], [], [("subject.legalRepresentative.idNumber", "person.minor")])
case("minor-agent.json", [("requests", {"agentName": "赵六", "agentId": MINOR})], [("requests.agentId", "person.minor")])
case("agent-unit-document.json", [("requests", {"agentName": "赵六", "agentIdType": "unified-social-credit-code", "agentId": "91420100MA4K2X9Y9P"})], [("requests.agentIdType", "agent.certificate")])

# --- Mobiles ---------------------------------------------------------------------------------
for prefix in ["140", "141", "142", "143", "144", "146", "148", "149", "154", "160", "163", "164", "168", "169", "179", "194", "1611", "1615", "1619", "17406", "17450", "17499"]:
    number = (prefix + "12345678901")[:11]
    case(f"mobile-range-{prefix}.json", [("subject.owner.mobile", number)], [("subject.owner.mobile", "mobile.range")])
case("mobile-10-digits.json", [("subject.owner.mobile", "1381234567")], [("subject.owner.mobile", "mobile.length")])
case("mobile-12-digits.json", [("websites[0].owner.mobile", "130123456789")], [("websites[0].owner.mobile", "mobile.length")])
case("mobile-landline.json", [("subject.owner.mobile", "02787654321")], [("subject.owner.mobile", "mobile.length")])
case("mobile-letters.json", [("subject.owner.mobile", "1381234567a")], [("subject.owner.mobile", "mobile.characters")])
case("mobile-plus86-spaces-accepted.json", [("subject.owner.mobile", "+86 138-1234-5678")], [], [("subject.owner.mobile", "mobile.normalised")])
case("mobile-full-width-accepted.json", [("subject.owner.mobile", "１３８１２３４５６７８")], [], [("subject.owner.mobile", "text.full-width")])

# --- Requests --------------------------------------------------------------------------------
case("provider-1.json", [("requests", {"provider": "1"})], [("requests.provider", "provider.format")])
case("provider-0001.json", [("requests", {"provider": "0001"})], [("requests.provider", "provider.format")])
case("provider-abc.json", [("requests", {"provider": "abc"})], [("requests.provider", "provider.format")])
case("provider-number-1.json", [("requests", {"provider": 1})], [("requests.provider", "provider.format")], [("requests.provider", "field.number")])
case("provider-full-width-accepted.json", [("requests", {"provider": "００１"})], [], [("requests.provider", "text.full-width")])
case("status-unknown.json", [("requests", {"status": "unchanged-ish"})], [("requests.status", "status.unknown")])
case("website-status-unknown.json", [("requests", {"websiteStatus": {"鄂ICP备2019012345号-1": "已删除"}})], [("requests.websiteStatus.鄂ICP备2019012345号-1", "status.unknown")])
case("website-status-unknown-website.json", [("requests", {"websiteStatus": {"鄂ICP备2019012345号-9": "无变化"}})], [("requests.websiteStatus.鄂ICP备2019012345号-9", "requests.unknown-website")])
case("date-month-13.json", [("requests", {"date": "2026-13-01"})], [("requests.date", "date.format")])
# A choice kept: slashes, 20261123 and a time after the date are read as the date, silently.
case("date-slashes-accepted.json", [("requests", {"date": "2026/11/23"})], [])
case("date-compact-with-time-accepted.json", [("requests", {"date": "20261123 10:00"})], [])
case("date-two-digit-year.json", [("requests", {"date": "26-11-23"})], [("requests.date", "date.format")])
case("date-feb-29-2025.json", [("requests", {"date": "2025-02-29"})], [("requests.date", "date.format")])
case("valid-until-bad.json", [("requests", {"validUntil": "next month"})], [("requests.validUntil", "date.format")])
case("carrier-unknown.json", [("requests", {"carrier": "中国铁通"})], [("requests.carrier", "carrier.unknown")])
case("carrier-map-bad-mobile.json", [("requests", {"carrier": {"12345": "中国移动"}})], [("requests.carrier.12345", "mobile.length")])
case("carrier-map-bad-name.json", [("requests", {"carrier": {"13812345678": "移不动"}})], [("requests.carrier.13812345678", "carrier.unknown")])
case("scope-unknown.json", [("requests", {"scope": "everything"})], [("requests.scope", "requests.choice")])
case("scope-transfer-no-accounts.json", [("requests", {"scope": "transfer"})], [("requests.fromAccount", "scope.transfer-accounts")])
case("scope-transfer-same-account.json", [("requests", {"scope": "transfer", "fromAccount": "1234", "toAccount": "1234"})], [("requests.toAccount", "scope.same-account")])
case("category-unknown.json", [("requests", {"category": "all"})], [("requests.category", "requests.choice")])
case("requests-unknown-website.json", [("requests", {"websites": ["鄂ICP备2019012345号-7"]})], [("requests.websites[0]", "requests.unknown-website")])
case("sender-not-responsible.json", [("requests", {"sender": "13912345678"})], [("requests.sender", "sms.sender-not-responsible")])
case("sender-bad-range.json", [("requests", {"sender": "14012345678"})], [("requests.sender", "mobile.range")])
case("requests-websites-full-width-warned.json", [("requests", {"websites": ["鄂ICP备２０１９０１２３４５号-1"]})], [], [("requests.websites[0]", "text.full-width")])
case("website-status-full-width-key-warned.json", [("requests", {"websiteStatus": {"鄂ICP备２０１９０１２３４５号-1": "无变化"}})], [], [("requests.websiteStatus.鄂ICP备２０１９０１２３４５号-1", "text.full-width")])
case("carrier-map-full-width-key-warned.json", [("requests", {"carrier": {"１３８１２３４５６７８": "中国移动"}})], [], [("requests.carrier.１３８１２３４５６７８", "text.full-width")])
case("carrier-bidi.json", [("requests", {"carrier": "中国移动\u202e"})], [("requests.carrier", "text.control-character")])
case("carrier-too-long.json", [("requests", {"carrier": "中国移动" * 100})], [("requests.carrier", "limit.length")])
case("requests-websites-zero-width.json", [("requests", {"websites": ["鄂ICP备2019012345号-1\u200b"]})], [("requests.websites[0]", "text.control-character")])
case("website-status-key-zero-width.json", [("requests", {"websiteStatus": {"鄂ICP备2019012345号-1\u200b": "无变化"}})], [("requests.websiteStatus.鄂ICP备2019012345号-1\u200b", "text.control-character")])
case("requests-typo-warned.json", [("requests", {"provder": "001"})], [], [("requests.provder", "field.unknown")])

# --- E-mail addresses and domains ------------------------------------------------------------
for name, email in [("no-domain", "zhang@"), ("no-at", "zhang.example.cn"), ("no-dot", "zhang@example"), ("space", "zhang san@example.cn"), ("two-ats", "zhang@@example.cn")]:
    case(f"email-{name}.json", [("subject.owner.email", email)], [("subject.owner.email", "email.format")])
for name, domain, code in [("url", "https://example.cn/", "domain.url"), ("ip", "192.168.1.10", "domain.ip"),
                           ("wildcard", "*.example.cn", "domain.wildcard"), ("empty-label", "shop..example.cn", "domain.label"),
                           ("leading-dot", ".example.cn", "domain.label"), ("hyphen-edge", "-shop.example.cn", "domain.label"),
                           ("email", "admin@example.cn", "domain.email"), ("single-label", "localhost", "domain.shape"),
                           ("numeric-tld", "example.123", "domain.tld"), ("underscore", "shop_1.example.cn", "domain.label")]:
    case(f"domain-{name}.json", [("websites[1].domains[0]", domain)], [("websites[1].domains[0]", code)])
case("domain-upper-case-accepted.json", [("websites[1].domains[0]", "SHOP-EXAMPLE.CN.")], [], [("websites[1].domains[0]", "domain.normalised")])

# --- Several problems at once ----------------------------------------------------------------
case("many-problems.json", [("subject.name", ""), ("subject.owner.mobile", "14012345678"), ("subject.certificate.number", "91420100MA4K2X9Y9Q"),
                            ("websites[0].domains[0]", "https://example.cn"), ("websites[1].filingNumber", "京ICP备2019012345号-2"),
                            ("requests", {"provider": "1", "date": "2026-02-30"})],
     [("subject.name", "field.empty"), ("subject.owner.mobile", "mobile.range"), ("subject.certificate.number", "uscc.check"),
      ("websites[0].domains[0]", "domain.url"), ("websites[1].filingNumber", "filing-number.province-mismatch"),
      ("requests.provider", "provider.format"), ("requests.date", "date.format")])

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    expectations = {}
    for name in sorted(cases):
        data, expectation = cases[name]
        assert len(data) < 200_000, name
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        expectations[name] = expectation
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(expectations, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(len(cases), "cases")
