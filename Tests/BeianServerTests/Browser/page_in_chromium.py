#!/usr/bin/env python3
"""Drives the page of `beian serve` in headless Chromium as a filing clerk would.

    python3 page_in_chromium.py BASE_URL DOWNLOAD_DIR [SCREENSHOT_DIR]

Fills the form with one wrong value (a certificate number whose check digit is wrong), presses
生成并下载, expects the problem next to that input and no file, fixes the value, downloads the
DOCX and opens it with python-docx to find the subject's name; the reason was left out, so the
document's warning must show next to the reason. Then pastes records into the JSON view and
expects the form to follow, and a problem on a field with no input in the list at the top. With SCREENSHOT_DIR, saves the page with the problem
showing at desktop width and at 360 px. Exits non-zero with a message on the first failure.

Chromium and chromedriver are Debian's (scripts/install-dependencies --test): Selenium is
pointed at /usr/bin/chromedriver so that it never tries to download a driver.
"""
import json
import os
import sys
import time

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

SUBJECT_NAME = "武汉示例科技有限公司"
WRONG_NUMBER = "91420100MA4K2X9Y9A"  # the check digit should be P
RIGHT_NUMBER = "91420100MA4K2X9Y9P"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


for program in (CHROMIUM, CHROMEDRIVER):
    if not os.access(program, os.X_OK):
        fail(f"{program} is missing: install Debian's chromium and chromium-driver (scripts/install-dependencies --test)")
try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    import docx
except ImportError as error:
    fail(f"{error.name} is missing: run scripts/install-dependencies --test (pip install selenium python-docx)")

base, downloads = sys.argv[1].rstrip("/"), os.path.abspath(sys.argv[2])
shots = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None

options = webdriver.ChromeOptions()
options.binary_location = CHROMIUM
options.add_argument("--headless=new")
options.add_argument("--no-sandbox")  # CI containers run as root
options.add_argument("--disable-dev-shm-usage")
options.add_argument("--window-size=1280,1100")
options.add_argument("--lang=zh-CN")
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
wait = WebDriverWait(driver, 20)


def by_id(name):
    return driver.find_element(By.ID, name)


def type_into(element, text):
    element.clear()
    element.send_keys(text)


def problems_next_to(element):
    """The problems listed in the input's own field, under it."""
    field = element.find_element(By.XPATH, "./ancestor::div[contains(@class,'field')][1]")
    return field.find_elements(By.CSS_SELECTOR, ":scope > .problems > li")


def screenshot(name, width):
    if not shots:
        return
    os.makedirs(shots, exist_ok=True)
    driver.set_window_size(width, 1100)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(height + 120, 6000))
    driver.save_screenshot(os.path.join(shots, name))
    driver.set_window_size(1280, 1100)


try:
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.get(base + "/")
    # The province list comes from GET /v1/provinces.
    wait.until(lambda d: len(Select(by_id("province")).options) > 30)
    # A file refused by the Content-Security-Policy, or a script error, is a console error.
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    if errors:
        fail(f"the page logged errors while loading: {errors}")

    Select(by_id("subject-nature")).select_by_value("enterprise")
    type_into(by_id("subject-name"), SUBJECT_NAME)
    Select(by_id("certificate-type")).select_by_value("unified-social-credit-code")
    type_into(by_id("certificate-number"), WRONG_NUMBER)
    Select(by_id("province")).select_by_value("鄂")
    if by_id("subject-filing-number").get_attribute("value") != "鄂ICP备":
        fail("choosing 湖北 did not start the filing number with 鄂ICP备")
    by_id("subject-filing-number").send_keys("2019012345号")
    type_into(by_id("owner-name"), "张三")
    type_into(by_id("owner-mobile"), "13812345678")
    type_into(by_id("website-0-name"), "示例官网")
    type_into(by_id("website-0-filing-number"), "鄂ICP备2019012345号-1")
    type_into(by_id("website-0-domains"), "example.cn, www.example.cn")
    # No reason: the form is still made, with a warning (Beian-Warnings) the page must show.

    record = json.loads(by_id("record-json").get_attribute("value"))
    if record["subject"]["certificate"]["number"] != WRONG_NUMBER or record["websites"][0]["domains"] != ["example.cn", "www.example.cn"]:
        fail(f"the JSON view does not follow the form: {record}")
    if "address" in record["subject"] or "email" in record["subject"].get("owner", {}):
        fail(f"fields left blank reached the record: {record}")

    by_id("generate").click()
    number = by_id("certificate-number")
    try:
        wait.until(lambda d: problems_next_to(number))
    except TimeoutException:
        fail("no problem appeared next to the certificate number; status: " + by_id("status").text
             + "; top list: " + by_id("summary").text)
    problem = problems_next_to(number)[0]
    if problem.get_attribute("data-problem-path") != "subject.certificate.number" or not problem.text.strip():
        fail(f"the problem next to the certificate number is not about it: {problem.get_attribute('data-problem-path')} {problem.text}")
    if number.get_attribute("aria-invalid") != "true":
        fail("the certificate number is not marked aria-invalid")
    described = number.get_attribute("aria-describedby") or ""
    if not described or not driver.find_elements(By.ID, described):
        fail("the certificate number's problem is not tied to it with aria-describedby")
    print("problem next to subject.certificate.number:", problem.text)
    # At a phone's 360 px nothing is wider than the screen, the problem included.
    driver.set_window_size(360, 800)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    driver.set_window_size(1280, 1100)
    if overflow > 0:
        fail(f"at 360 px wide the page is {overflow} px wider than the screen")
    if os.listdir(downloads):
        fail(f"a file was downloaded for an invalid filing: {os.listdir(downloads)}")
    screenshot("page-desktop-problem.png", 1280)
    screenshot("page-360-problem.png", 360)

    type_into(number, RIGHT_NUMBER)
    by_id("generate").click()
    expected = "hubei-2019012345-deregistration-form.docx"
    path = os.path.join(downloads, expected)
    deadline = time.time() + 30
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    if not os.path.exists(path):
        fail(f"{expected} was not downloaded; found {os.listdir(downloads)}; status: {by_id('status').text}")
    if problems_next_to(number):
        fail("the fixed certificate number still shows a problem")
    if expected not in by_id("status").text:
        fail(f"the status does not name the file: {by_id('status').text}")
    print("downloaded", expected, "-", by_id("status").text)
    warnings = [item for item in problems_next_to(by_id("reason")) if "warning" in item.get_attribute("class").split()]
    if not warnings or warnings[0].get_attribute("data-problem-path") != "requests.reason" or "提醒" not in by_id("status").text:
        fail("the warning of the missing reason (Beian-Warnings) is not shown next to the reason, nor counted in the status")
    print("warning next to requests.reason:", warnings[0].text)

    document = docx.Document(path)
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    text = "\n".join(texts)
    if SUBJECT_NAME not in text:
        fail(f"python-docx did not find {SUBJECT_NAME} in the downloaded DOCX")
    if WRONG_NUMBER in text:
        fail("the DOCX holds the wrong certificate number")
    print("python-docx found", SUBJECT_NAME)

    # The other direction: a record pasted into the JSON view fills the form.
    pasted = {"subject": {"name": "李小红", "nature": "individual", "certificate": {"type": "resident-id", "number": "420106198808081236"},
                          "filingNumber": "鄂ICP备2020012345号", "owner": {"name": "李小红", "mobile": "13812345679"}},
              "websites": [{"name": "小红笔记", "filingNumber": "鄂ICP备2020012345号-1", "domains": ["xiaohong-example.cn"]},
                           {"name": "小红相册", "filingNumber": "鄂ICP备2020012345号-2", "domains": ["photo-example.cn"]}]}
    driver.execute_script(
        "const t = document.getElementById('record-json'); t.value = arguments[0]; t.dispatchEvent(new Event('input'));",
        json.dumps(pasted, ensure_ascii=False))
    if by_id("subject-name").get_attribute("value") != "李小红" or by_id("website-1-name").get_attribute("value") != "小红相册":
        fail("pasting a record into the JSON view did not fill the form")
    if by_id("representative-name").is_displayed():
        fail("a person's filing still shows the legal representative's fields")
    print("the form follows the JSON view")

    # A problem on a field the form has no input for goes to the list at the top, with its
    # path; a missing object goes to its first input.
    driver.execute_script(
        "const t = document.getElementById('record-json'); t.value = arguments[0]; t.dispatchEvent(new Event('input'));",
        json.dumps({"subject": {"name": "李小红", "nickname": "小红"}, "websites": []}, ensure_ascii=False))
    by_id("check").click()
    try:
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#summary-list li[data-problem-path='subject.nickname']"))
    except TimeoutException:
        fail("the problem on subject.nickname, which has no input, is not in the list at the top: " + by_id("summary").text)
    top = driver.find_element(By.CSS_SELECTOR, "#summary-list li[data-problem-path='subject.nickname']")
    if "subject.nickname" not in top.text or not by_id("summary").is_displayed():
        fail(f"the list at the top does not show the field path: {top.text}")
    paths = [item.get_attribute("data-problem-path") for item in problems_next_to(by_id("certificate-type"))]
    if "subject.certificate" not in paths:
        fail(f"the missing certificate is not shown at the certificate type: {paths}")
    print("a field with no input is listed at the top:", top.text)

    # JSON that does not parse is sent as it is, and the server's line and column show under it.
    driver.execute_script(
        "const t = document.getElementById('record-json'); t.value = arguments[0]; t.dispatchEvent(new Event('input'));",
        '{"subject": {"name": "李小红",}')
    by_id("check").click()
    try:
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "li[data-code='json.syntax']"))
    except TimeoutException:
        fail("JSON that does not parse got no json.syntax problem from the server")
    if not problems_next_to(by_id("record-json")) or by_id("record-json").get_attribute("aria-invalid") != "true":
        fail("the JSON syntax problem is not shown under the JSON text")
    print("JSON syntax problem under the JSON text:", problems_next_to(by_id("record-json"))[-1].text)
finally:
    driver.quit()
print("OK")
