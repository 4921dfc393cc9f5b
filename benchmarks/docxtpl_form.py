#!/usr/bin/env python3
"""The peer of `beian batch --documents deregistration-form`: python-docx-template (docxtpl)
filling an equivalent one-page deregistration form for every record of a JSON Lines file.

Usage: docxtpl_form.py FILINGS.jsonl OUTPUT_DIR WORKERS
Prints: documents seconds
The template is built with python-docx the same way every run, so both tools fill the same
form: title, addressee, a four-column bordered table with the same rows, seal and date lines.
"""
import json
import multiprocessing
import os
import sys
import time

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxtpl import DocxTemplate

PROVINCE_NAMES = dict(zip("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕陇青宁新", [
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
    "新疆维吾尔自治区"]))


def build_template(path):
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(12)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("{{ title }}")
    run.bold = True
    run.font.size = Pt(22)
    document.add_paragraph("{{ bureau }}：")
    rows = [
        ("申请类别", "☑注销本单位（本人）备案　　☐注销他单位（他人）备案"),
        ("申请依据", "☑主体依据：申请人的证件类型和号码与备案主体一致"),
        ("主办单位名称", "{{ subject_name }}"),
        ("拟注销备案号", "{{ number }}（{{ what }}）"),
        ("涉及域名", "{{ domains }}"),
        ("注销原因", "{{ reason }}"),
        ("申请单位名称", "{{ subject_name }}"),
        ("证件类型", "{{ certificate_type }}　证件号码：{{ certificate_number }}"),
        ("联系人", "{{ contact }}　手机号码：{{ mobile }}"),
        ("电子邮箱", "{{ email }}"),
        ("申请人承诺", "本单位确认以上内容真实、准确，并自行承担注销备案带来的一切后果。\n\n申请单位（盖章）\n{{ date }}"),
        ("处理结果", "经办人：\n　　　　年　　月　　日"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, value) in enumerate(rows):
        table.cell(index, 0).text = label
        table.cell(index, 1).text = value
    document.add_paragraph("附件：1. 申请单位证件复印件（加盖单位公章）")
    document.save(path)


def context(record):
    subject = record["subject"]
    number = subject["filingNumber"]
    province = PROVINCE_NAMES.get(number[0], "")
    websites = record.get("websites", [])
    return {
        "title": province + "ICP备案注销申请表",
        "bureau": province + "通信管理局",
        "subject_name": subject["name"],
        "number": number,
        "what": "注销主体及其下全部%d个网站" % len(websites),
        "domains": "、".join(d for w in websites for d in w.get("domains", [])),
        "reason": record.get("requests", {}).get("reason", ""),
        "certificate_type": "统一社会信用代码",
        "certificate_number": subject["certificate"]["number"],
        "contact": subject["owner"]["name"],
        "mobile": subject["owner"]["mobile"],
        "email": subject["owner"].get("email", ""),
        "date": "2026年11月22日",
    }


def render(job):
    template_path, output, lines = job
    count = 0
    for line in lines:
        record = json.loads(line)
        template = DocxTemplate(template_path)
        template.render(context(record))
        template.save(os.path.join(output, "%s.docx" % record["id"]))
        count += 1
    return count


def main():
    source, output, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(output, exist_ok=True)
    template_path = os.path.join(output, "template.docx")
    build_template(template_path)
    with open(source, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    chunks = [lines[i::workers] for i in range(workers)]
    start = time.monotonic()
    with multiprocessing.Pool(workers) as pool:
        documents = sum(pool.map(render, [(template_path, output, chunk) for chunk in chunks]))
    print(documents, "%.3f" % (time.monotonic() - start))


if __name__ == "__main__":
    main()
