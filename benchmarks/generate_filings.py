#!/usr/bin/env python3
"""Writes N synthetic filing records as JSON Lines, deterministically (same N, same bytes).

Every province appears; each subject has 1-5 websites; some names carry & < > " ' so that
escaping is exercised; certificate numbers carry valid check characters.
Usage: generate_filings.py N > filings.jsonl
"""
import json
import sys

PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新"
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
MOBILE_PREFIXES = ["138", "139", "130", "186", "133", "189", "150", "177"]


def org_check(body):
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    value = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    r = 11 - sum(value(ch) * weights[i] for i, ch in enumerate(body)) % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def uscc(n):
    body = "%08d" % (n * 7919 % 100000000)
    prefix = "91420100" + body + org_check(body)
    total = sum(ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(prefix))
    return prefix + ALPHABET[(31 - total % 31) % 31]


def resident_id(n):
    body = "420102%04d%02d%02d%03d" % (1960 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    v = (12 - sum(int(ch) * weights[i] for i, ch in enumerate(body)) % 11) % 11
    return body + ("X" if v == 10 else str(v))


def mobile(n):
    return MOBILE_PREFIXES[n % len(MOBILE_PREFIXES)] + "%08d" % (n * 104729 % 100000000)


def record(n):
    mark = PROVINCES[n % len(PROVINCES)]
    number = "%sICP备%010d号" % (mark, 2000000000 + n)
    name = "示例科技有限公司%d" % n if n % 7 else "“A&B <示例>” 's 科技有限公司%d" % n
    websites = []
    for k in range(1, 1 + (n % 5) + 1):
        websites.append({
            "name": "示例网站%d-%d" % (n, k),
            "filingNumber": "%s-%d" % (number, k),
            "domains": ["site%d-%d.example.cn" % (n, k)],
            "domainExpired": k == 3,
        })
    return {
        "id": "r%d" % n,
        "subject": {
            "name": name,
            "nature": "enterprise",
            "certificate": {"type": "unified-social-credit-code", "number": uscc(n)},
            "filingNumber": number,
            "address": "示例路%d号" % n,
            "legalRepresentative": {"name": "法人%d" % n, "idNumber": resident_id(n)},
            "owner": {"name": "负责人%d" % n, "mobile": mobile(n), "email": "owner%d@example.cn" % n},
        },
        "websites": websites,
        "requests": {"reason": "网站不再运营"},
    }


if __name__ == "__main__":
    count = int(sys.argv[1])
    out = sys.stdout
    for n in range(count):
        out.write(json.dumps(record(n), ensure_ascii=False, separators=(",", ":")) + "\n")
