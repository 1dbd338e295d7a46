#!/usr/bin/env python3
"""Drives a real headless Chromium against a live `clasp serve`.

Phase A (reads): an analyst's API token lists classes through the CLI's remote mode; a committee
member and an auditor sign in through the login form, open the plan index, a class page (spec,
timeline, history, lineage drawing), the diff page and the lineage page. Every page is saved as
a screenshot under .build/browser/ and the test fails on any page error: a non-2xx page, an
error banner, or a severe entry in the browser console.

Usage: browser_test.py CLASP_BINARY
"""
import json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

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
        self.driver.find_element(By.NAME, "account").send_keys(account)
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "form.login button").click()
        return self.check(f"signed-in-{account}")

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, "header form button").click()


def main():
    clasp = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="clasp-browser-")
    server = None
    browser = None
    try:
        run(clasp, "demo", os.path.join(work, "plans"))
        data = os.path.join(work, "data")
        for account in ["aortiz", "cmorgan", "dpatel", "admin", "auditor"]:
            run(clasp, "accounts", "add", account, "--data", data, "--password", PASSWORD)
        token = run(clasp, "accounts", "token", "aortiz", "--data", data, "--label", "browser-test").strip()
        port = free_port()
        server = subprocess.Popen([clasp, "serve", "--plans", os.path.join(work, "plans"), "--data", data,
                                   "--port", str(port), "--log-level", "warning"])
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
        print(f"browser test passed: {browser.count} pages, screenshots in {SHOTS}")
    finally:
        if browser:
            browser.driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
