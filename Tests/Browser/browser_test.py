#!/usr/bin/env python3
"""Drives a real headless Chromium against a live `clasp serve`.

Phase A (reads): an analyst's API token lists classes through the CLI's remote mode; a committee
member and an auditor sign in through the login form, open the plan index, a class page (spec,
timeline, history, lineage drawing), the diff page and the lineage page. Every page is saved as
a screenshot under .build/browser/ and the test fails on any page error: a non-2xx page, an
error banner, or a severe entry in the browser console.

Phase B (the approval flow): an analyst proposes a correction with the CLI in remote mode and a
second analyst approves the analyst review the same way; two committee members sign in, find
it in their queue, read the diff and approve through the vote form; an administrator adopts it
through the page; an auditor sees it in the class history, on the audit page and in the audit
CSV downloaded with the session.

Phase C (a stale proposal): that adoption corrected the text the demo's proposal 2 was drafted
from; its author sees the proposal marked stale with the change adopting it would undo, and
rebases it through the page.

Phase D (a lineage change): an analyst retitles Finance Technician from the class page's form, the
proposal page draws the lineage before and after, and a second analyst approves it there.

Phase E (drafting): an analyst drafts a revision in the pages from the class page with the
structured editor (a duty reworded, a section added, an item added and one removed) while the
live preview follows, opens it, revises it from the proposal page, and establishes a new class
from a copy.

Phase F (publishing): `clasp publish --format pdf` through headless Chromium, read back with
pdftotext; the class page's printable publication and the class page in print media.

The last line is `browser: N passed, M failed`.

Usage: browser_test.py CLASP_BINARY
"""
import json, os, re, shutil, socket, subprocess, sys, tempfile, time, urllib.request
import yaml

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, ".build", "browser")
PASSWORD = "browser-test-password"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(clasp, *args, env=None):
    result = subprocess.run([clasp, *args], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"clasp {' '.join(args)} failed: {result.stderr}")
    return result.stdout


class Browser:
    def __init__(self, base):
        options = Options()
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"]:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if binary:
            options.binary_location = binary
        self.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        self.base = base
        self.count = 0

    def open(self, path, name):
        self.driver.get(self.base + path)
        return self.check(name)

    def check(self, name):
        self.count += 1
        os.makedirs(SHOTS, exist_ok=True)
        self.driver.save_screenshot(os.path.join(SHOTS, f"{self.count:02d}-{name}.png"))
        errors = [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]
        if errors:
            raise AssertionError(f"{name}: browser console errors: {errors}")
        banners = self.driver.find_elements(By.CSS_SELECTOR, "p.error")
        if banners:
            raise AssertionError(f"{name}: page error: {banners[0].text}")
        return self.driver.page_source

    def sign_in(self, account):
        self.driver.delete_all_cookies()
        self.driver.get(self.base + "/login")
        WebDriverWait(self.driver, 10).until(lambda d: d.find_elements(By.NAME, "account"))
        self.driver.find_element(By.NAME, "account").send_keys(account)
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "form.login button").click()
        return self.check(f"signed-in-{account}")

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, "header form button").click()
        # Wait for the sign-out to land, so the next navigation does not race it.
        WebDriverWait(self.driver, 10).until(lambda d: d.find_elements(By.NAME, "account") or "/logout" not in d.current_url
                                             and not d.find_elements(By.CSS_SELECTOR, "header form button"))


def approval_flow(clasp, browser, base, tokens, work):
    """Phase B: propose remotely, approve in the browser, adopt, audit."""
    def remote_env(account):
        return dict(os.environ, CLASP_SERVER=base, CLASP_TOKEN=tokens[account])

    analyst, reviewer = remote_env("aortiz"), remote_env("bchen")
    current = yaml.safe_load(run(clasp, "--plan", "roseville", "show", "finance-technician", "--as-of", "2020-01-01",
                                 "--format", "yaml", env=analyst))
    section = next(s for s in current["sections"] if s.get("items"))
    item = section["items"][0]
    if isinstance(item, str):
        section["items"][0] = item + " Also reconciles petty cash."
    else:
        item["text"] += " Also reconciles petty cash."
    spec = os.path.join(work, "ft.yaml")
    with open(spec, "w") as f:
        yaml.safe_dump(current, f, sort_keys=False, allow_unicode=True)
    opened = run(clasp, "--plan", "roseville", "propose", "finance-technician", "--file", spec, "-m", "Petty cash duty", env=analyst)
    assert opened.startswith("opened proposal 3: correct finance-technician"), opened
    voted = run(clasp, "--plan", "roseville", "vote", "3", "approve", "-m", "Analyst review done", env=reviewer)
    assert "recorded approve by bchen on proposal 3" in voted, voted
    queued = run(clasp, "--plan", "roseville", "proposals", "--state", "open", env=analyst)
    assert "3  [open]  correct finance-technician 2019-07-16  by aortiz" in queued, queued

    driver = browser.driver
    for member in ["cmorgan", "dpatel"]:
        browser.sign_in(member)
        page = browser.open("/plans/roseville/proposals", f"queue-{member}")
        awaiting = driver.find_element(By.ID, "awaiting")
        assert awaiting.find_elements(By.CSS_SELECTOR, 'tr[data-proposal="3"]'), f"proposal 3 is not in {member}'s queue"
        awaiting.find_element(By.CSS_SELECTOR, 'tr[data-proposal="3"] a').click()
        page = browser.check(f"proposal-{member}")
        inserted = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "section.change ins"))
        assert "petty cash" in inserted, f"the diff does not show the new words: {inserted!r}"
        driver.find_element(By.CSS_SELECTOR, 'form.vote input[value="approve"]').click()
        driver.find_element(By.CSS_SELECTOR, "form.vote textarea").send_keys(f"Approved by {member} in the browser")
        driver.find_element(By.CSS_SELECTOR, "form.vote button").click()
        page = browser.check(f"voted-{member}")
        assert "Your vote is recorded." in page, f"{member}'s vote was not recorded"
        browser.sign_out()

    browser.sign_in("admin")
    page = browser.open("/plans/roseville/proposals/3", "proposal-admin")
    assert "ready to adopt" in page, "two committee approvals should make proposal 3 ready"
    driver.find_element(By.CSS_SELECTOR, 'form.adopt input[name="confirm"]').click()
    driver.find_element(By.CSS_SELECTOR, "form.adopt button").click()
    page = browser.check("adopted-admin")
    assert driver.find_element(By.ID, "state").text == "adopted", "proposal 3 should be adopted"
    browser.sign_out()

    browser.sign_in("auditor")
    browser.open("/plans/roseville/classes/finance-technician?as-of=2020-01-01", "class-history-auditor")
    links = driver.find_elements(By.CSS_SELECTOR, 'table.history a[href="/plans/roseville/proposals/3"]')
    assert links, "the class history should link to proposal 3"
    page = browser.open("/plans/roseville/audit?class=finance-technician", "audit-auditor")
    assert driver.find_element(By.ID, "verify").get_attribute("data-clean") == "true", "audit verify should be clean"
    href = driver.find_element(By.ID, "export-csv").get_attribute("href")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(href, headers={"Cookie": cookie}), timeout=10) as answer:
        csv_text = answer.read().decode()
    rows = [line.split(",") for line in csv_text.splitlines()[1:]]
    approvals = {(r[4], r[5]) for r in rows if r[0] == "approval" and r[2] == "3"}
    assert approvals == {("bchen", "analyst"), ("cmorgan", "committee"), ("dpatel", "committee")}, approvals
    assert any(r[0] == "adoption" and r[2] == "3" and r[4] == "admin" for r in rows), "the CSV should hold the adoption"
    browser.open("/plans/roseville/classes/finance-technician/blame", "blame-auditor")
    browser.sign_out()


def stale_flow(browser):
    """Phase C: adopting proposal 3 (a correction of the 2019 text) left the demo's proposal 2,
    drafted from that text, stale: its author sees why and what adopting it would undo, and
    rebases it through the page; the votes on the old text no longer count."""
    driver = browser.driver
    browser.sign_in("bchen")
    page = browser.open("/plans/roseville/proposals/2", "stale-proposal-bchen")
    stale = driver.find_elements(By.ID, "stale")
    assert stale, "proposal 2 should be marked stale once proposal 3 corrected the text it replaces"
    assert "2019-07-16" in stale[0].text and "corrected" in stale[0].text, stale[0].text
    removed = " ".join(e.text for e in stale[0].find_elements(By.CSS_SELECTOR, "del"))
    assert "petty cash" in removed, f"the stale warning should show the correction adopting it would undo: {removed!r}"
    driver.find_element(By.CSS_SELECTOR, "form.rebase button").click()
    page = browser.check("rebased-bchen")
    assert "Rebased onto main" in page, "the rebase notice is missing"
    assert not driver.find_elements(By.ID, "stale"), "a rebased proposal is no longer stale"
    needed = driver.find_element(By.ID, "needed").text
    assert "analyst-review" in needed, f"the analyst review's vote on the old text should be dropped: {needed!r}"
    browser.sign_out()


def lineage_flow(browser):
    """Phase D: an analyst records a retitle in the pages alone, from the class page's link; the
    proposal page draws the lineage before and after and names the event; a second analyst
    approves it there."""
    driver = browser.driver
    browser.sign_in("aortiz")
    browser.open("/plans/roseville/classes/finance-technician", "class-aortiz")
    driver.find_element(By.ID, "propose-lineage").click()
    browser.check("lineage-form-aortiz")
    assert driver.find_element(By.ID, "classes").get_attribute("value") == "finance-technician"
    driver.find_element(By.CSS_SELECTOR, 'input[name="change"][value="retitle"]').click()
    driver.find_element(By.ID, "title").send_keys("Finance Specialist I/II")
    driver.execute_script("arguments[0].value = '2027-01-01'", driver.find_element(By.ID, "effective"))
    driver.find_element(By.ID, "reason").send_keys("Classification study 2027")
    driver.find_element(By.ID, "open-lineage-proposal").click()
    WebDriverWait(driver, 10).until(lambda d: "/proposals/" in d.current_url)
    page = browser.check("lineage-proposal-aortiz")
    assert "The proposal is open" in page, "the retitle proposal was not opened"
    charts = driver.find_element(By.ID, "lineage-change")
    assert len(charts.find_elements(By.TAG_NAME, "svg")) == 2, "the proposal page should draw the lineage before and after"
    events = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "ul.lineage-events li"))
    assert "retitled from “Finance Technician I/II” to “Finance Specialist I/II” on 2027-01-01" in events, events
    number = driver.current_url.split("/proposals/")[1].split("?")[0]
    browser.sign_out()
    browser.sign_in("bchen")
    browser.open(f"/plans/roseville/proposals/{number}", "lineage-proposal-bchen")
    driver.find_element(By.CSS_SELECTOR, 'form.vote input[value="approve"]').click()
    driver.find_element(By.CSS_SELECTOR, "form.vote button").click()
    page = browser.check("lineage-voted-bchen")
    assert "Your vote is recorded." in page, "bchen's vote on the retitle was not recorded"
    browser.sign_out()


def draft_flow(browser):
    """Phase E: an analyst drafts a revision in the pages alone. From the class page's link the
    structured editor starts from the version in force: a duty is reworded and the live preview
    follows the typing (no button pressed); a section is added through the form (a round trip
    that keeps what was typed), an item added and another removed in place by the script; the
    proposal opens with its redline and whole text. The author then revises it from its page,
    and finally establishes a new class from a copy of this one."""
    driver = browser.driver
    browser.sign_in("aortiz")
    browser.open("/plans/roseville/classes/finance-technician", "class-draft-aortiz")
    driver.find_element(By.ID, "propose-change").click()
    browser.check("draft-form-aortiz")
    driver.execute_script("arguments[0].value = '2028-01-01'", driver.find_element(By.ID, "effective"))
    duties = driver.find_element(By.CSS_SELECTOR, 'fieldset.section[data-section="EXAMPLES OF ESSENTIAL DUTIES"]')
    duty = duties.find_element(By.CSS_SELECTOR, "li.item textarea")
    duty_name = duty.get_attribute("name")
    duty.clear()
    duty.send_keys("Audit vendor invoices before payment and review financial records.")
    WebDriverWait(driver, 10).until(lambda d: "vendor invoices" in d.find_element(By.ID, "preview-diff").text)
    browser.check("draft-live-preview-aortiz")

    Select(driver.find_element(By.ID, "new-kind")).select_by_value("licenses")
    driver.find_element(By.ID, "new-heading").send_keys("CERTIFICATES")
    driver.find_element(By.ID, "add-section").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, 'fieldset.section[data-section="CERTIFICATES"]'))
    browser.check("draft-section-added-aortiz")
    kept = driver.find_element(By.NAME, duty_name).get_attribute("value")
    assert kept.startswith("Audit vendor invoices"), f"adding a section must keep what was typed: {kept!r}"
    certificates = driver.find_element(By.CSS_SELECTOR, 'fieldset.section[data-section="CERTIFICATES"]')
    certificates.find_element(By.CSS_SELECTOR, "li.item textarea").send_keys("Certified Payroll Professional within two years.")
    url = driver.current_url
    certificates.find_element(By.CSS_SELECTOR, "button.add-item").click()
    rows = certificates.find_elements(By.CSS_SELECTOR, "li.item")
    assert len(rows) == 2 and driver.current_url == url, "the script adds an item in place"
    rows[1].find_element(By.TAG_NAME, "textarea").send_keys("Notary public commission.")
    duties = driver.find_element(By.CSS_SELECTOR, 'fieldset.section[data-section="EXAMPLES OF ESSENTIAL DUTIES"]')
    related = [row for row in duties.find_elements(By.CSS_SELECTOR, "li.item")
               if row.find_element(By.TAG_NAME, "textarea").get_attribute("value") == "Perform related work as required."]
    assert related, "the duties list should end with the related-work item"
    related[0].find_element(By.CSS_SELECTOR, "button.remove-item").click()
    WebDriverWait(driver, 10).until(lambda d: "Notary public" in d.find_element(By.ID, "preview-diff").text
                                    and "related work" in d.find_element(By.ID, "preview-diff").text)
    browser.check("draft-edited-aortiz")
    driver.find_element(By.ID, "reason").send_keys("Invoice audits and payroll certificates")
    driver.find_element(By.ID, "open-draft").click()
    WebDriverWait(driver, 10).until(lambda d: "/proposals/" in d.current_url)
    page = browser.check("draft-opened-aortiz")
    assert "The proposal is open" in page, "the drafted revision was not opened"
    inserted = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "section.change ins"))
    assert "Notary public" in inserted and "vendor invoices" in inserted, f"the redline shows the draft: {inserted!r}"
    assert driver.find_elements(By.CSS_SELECTOR, "details.proposed-document"), "the whole proposed text is offered"

    driver.find_element(By.ID, "revise-proposal").click()
    browser.check("revise-form-aortiz")
    assert driver.find_element(By.ID, "effective").text == "2028-01-01", "a revision keeps the proposal's date"
    certificates = driver.find_element(By.CSS_SELECTOR, 'fieldset.section[data-section="CERTIFICATES"]')
    notary = certificates.find_elements(By.CSS_SELECTOR, "li.item textarea")[1]
    notary.clear()
    notary.send_keys("Notary public commission within six months.")
    WebDriverWait(driver, 10).until(lambda d: "six months" in d.find_element(By.ID, "preview-diff").text)
    driver.find_element(By.ID, "reason").send_keys("Give the notary commission a deadline")
    driver.find_element(By.ID, "open-draft").click()
    WebDriverWait(driver, 10).until(lambda d: "done=revised" in d.current_url)
    page = browser.check("revised-aortiz")
    assert "The proposal is revised" in page, "the revision was not recorded"
    inserted = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "section.change ins"))
    assert "six months" in inserted, f"the redline shows the revision: {inserted!r}"
    whole = driver.find_element(By.CSS_SELECTOR, "details.proposed-document")
    whole.find_element(By.TAG_NAME, "summary").click()
    assert "Notary public commission within six months." in whole.text and "CERTIFICATES" in whole.text, \
        "the whole proposed text carries the revision"
    browser.check("revised-whole-text-aortiz")

    browser.open("/plans/roseville/classes/finance-technician", "class-establish-aortiz")
    driver.find_element(By.ID, "establish-copy").click()
    browser.check("establish-form-aortiz")
    assert driver.find_element(By.ID, "field-title").get_attribute("value") == "", "the copy's title is to be filled in"
    driver.find_element(By.ID, "new-id").send_keys("senior-finance-technician")
    driver.find_element(By.ID, "field-title").send_keys("Senior Finance Technician")
    driver.execute_script("arguments[0].value = '2028-01-01'", driver.find_element(By.ID, "effective"))
    WebDriverWait(driver, 10).until(lambda d: "copied from" in d.find_element(By.ID, "preview-diff").text)
    driver.find_element(By.ID, "reason").send_keys("A senior level for the series")
    driver.find_element(By.ID, "open-draft").click()
    WebDriverWait(driver, 10).until(lambda d: "/proposals/" in d.current_url)
    page = browser.check("established-aortiz")
    assert "establish senior-finance-technician" in driver.find_element(By.TAG_NAME, "h1").text, "the establish proposal was not opened"
    assert driver.find_elements(By.CSS_SELECTOR, "details.proposed-document"), "the new class's whole text is offered"
    browser.sign_out()


def publish_flow(clasp, browser, work):
    """Phase F: the published specification. `clasp publish --format pdf` prints through headless
    Chromium and its text (pdftotext) carries the title, the revision block generated from the
    history and the adopting act; the class page's printable view has no form, menu or hash
    in print media."""
    pdf = os.path.join(work, "ft.pdf")
    run(clasp, "--plan", os.path.join(work, "plans", "roseville"), "publish", "finance-technician", "--as-of", "2020-01-01",
        "--format", "pdf", "--out", pdf)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for expected in ["City of Roseville", "Finance Technician I/II", "Revised 07-16-19, 06-21-18, 05-31-17, 08-25-12",
                     "Adopted under proposal 3", "DEFINITION"]:
        assert expected in text, f"the PDF's text lacks {expected!r}: {text[:400]!r}"
    driver = browser.driver
    browser.sign_in("auditor")
    browser.open("/plans/roseville/classes/finance-technician?as-of=2020-01-01", "class-before-print")
    driver.find_element(By.ID, "publish").click()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    page = browser.check("published-print")
    assert "Revised 07-16-19, 06-21-18, 05-31-17, 08-25-12" in driver.find_element(By.ID, "revisions").text
    visible_forms = [f for f in driver.find_elements(By.TAG_NAME, "form") if f.is_displayed()]
    assert not visible_forms, "a printed publication shows no forms"
    assert not re.search(r"\b[0-9a-f]{10,40}\b", driver.find_element(By.TAG_NAME, "body").text), "no commit hashes in print"
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.open("/plans/roseville/classes/finance-technician?as-of=2020-01-01", "class-page-screen")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    browser.check("class-page-print")
    assert not [f for f in driver.find_elements(By.CSS_SELECTOR, "form.filters") if f.is_displayed()], \
        "the date filter form must not print"
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.sign_out()


def main():
    clasp = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="clasp-browser-")
    server = None
    browser = None
    try:
        run(clasp, "demo", os.path.join(work, "plans"))
        data = os.path.join(work, "data")
        for account in ["aortiz", "bchen", "cmorgan", "dpatel", "admin", "auditor"]:
            run(clasp, "accounts", "add", account, "--data", data, "--password", PASSWORD)
        tokens = {account: run(clasp, "accounts", "token", account, "--data", data, "--label", "browser-test").strip()
                  for account in ["aortiz", "bchen"]}
        token = tokens["aortiz"]
        port = free_port()
        server = subprocess.Popen([clasp, "serve", "--plans", os.path.join(work, "plans"), "--data", data,
                                   "--port", str(port), "--log-level", "warning", "--public"])
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        env = dict(os.environ, CLASP_SERVER=base, CLASP_TOKEN=token)
        listing = run(clasp, "--plan", "roseville", "list", env=env)
        assert "finance-technician" in listing, listing

        browser = Browser(base)
        page = browser.open("/plans/roseville", "login-redirect")
        assert "Sign in" in page, "an anonymous page request must land on the login page"
        page = browser.open("/public/roseville/classes/finance-technician?as-of=2020-01-01", "public-class-anonymous")
        assert "Revised 07-16-19, 06-21-18, 05-31-17, 08-25-12" in page, "the public site serves the published spec without a login"
        assert "Sign in" not in page and "/proposals" not in page, "the public page links nothing private"
        for account in ["cmorgan", "auditor"]:
            browser.sign_in(account)
            page = browser.open("/plans/roseville?status=all&as-of=2020-01-01", f"index-{account}")
            assert 'data-class="finance-technician"' in page
            page = browser.open("/plans/roseville/classes/finance-technician?as-of=2020-01-01", f"class-{account}")
            assert "<svg" in page and "Recorded history" in page
            page = browser.open("/plans/roseville/classes/finance-technician?as-of=2018-01-01", f"class-2018-{account}")
            assert "not on file" in page
            browser.open("/plans/roseville/lineage", f"lineage-{account}")
            browser.open("/plans/roseville/diff", f"diff-form-{account}")
            browser.sign_out()
        approval_flow(clasp, browser, base, tokens, work)
        stale_flow(browser)
        lineage_flow(browser)
        draft_flow(browser)
        publish_flow(clasp, browser, work)
        print(f"browser test passed: {browser.count} pages, screenshots in {SHOTS}")
        print(f"browser: {browser.count} passed, 0 failed")
    except (Exception, SystemExit) as error:
        passed = browser.count - 1 if browser else 0
        print(f"FAILED: {error}", file=sys.stderr)
        print(f"browser: {max(passed, 0)} passed, 1 failed")
        raise SystemExit(1)
    finally:
        if browser:
            browser.driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
