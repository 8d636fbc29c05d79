#!/usr/bin/python3
"""Tafels online in a real browser: headless Chromium via WebDriver at 390x844 opens a table's
join link from `dialoogavond serve`, types in every field, the server is stopped, more is typed,
the server restarts on the same port, and the session file then holds all of it.

Usage: phone_browser_test.py BINARY SESSION.json [SCREENSHOT.png]
Needs Debian's chromium, chromium-driver and python3-selenium (scripts/deps.txt).
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

binary, source = sys.argv[1], sys.argv[2]
screenshot = sys.argv[3] if len(sys.argv) > 3 else None
work = tempfile.mkdtemp(prefix="dlg-browser-")
session = os.path.join(work, "avond.json")
shutil.copy(source, session)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


port = free_port()


def serve():
    proc = subprocess.Popen([binary, "serve", session, "--bind", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line:
        sys.exit("serve printed nothing: " + proc.stderr.read())
    return proc, line.rstrip("\n").split("\t")


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0, "serve did not stop cleanly"


def wait_for(what, check, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out waiting for " + what)


server, (table_id, table_name, link) = serve()
assert link == f"http://127.0.0.1:{port}/t/" + link.rsplit("/", 1)[1], link

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844", "--disable-dev-shm-usage"):
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_window_size(390, 844)
try:
    driver.get(link)
    wait_for("the table name", lambda: driver.find_element(By.ID, "table").text == table_name)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width} px wide at 390 px: needs zooming"

    def fieldset(field):
        return driver.find_element(By.ID, "f-" + field)

    def add_line(field, text):
        fieldset(field).find_element(By.CSS_SELECTOR, "button.add").click()
        areas = fieldset(field).find_elements(By.TAG_NAME, "textarea")
        areas[-1].send_keys(text)

    typed = {}
    for field, text in (("goesWell", "Ouders voelen zich welkom"), ("difficult", "Avonden vallen laat"),
                        ("ideas", "Koffie-ochtend op vrijdag")):
        add_line(field, text)
        typed[field] = [text]
    add_line("proposals", "Maandelijkse inloop")
    Select(fieldset("proposals").find_elements(By.TAG_NAME, "select")[0]).select_by_value("samen")
    Select(fieldset("proposals").find_elements(By.TAG_NAME, "select")[1]).select_by_value("informeel")
    fieldset("quote").find_element(By.TAG_NAME, "textarea").send_keys("Samen weten we meer")
    fieldset("notes").find_element(By.TAG_NAME, "textarea").send_keys("Eerste notitie")

    def all_saved():
        statuses = driver.find_elements(By.CSS_SELECTOR, ".status")
        return len(statuses) == 6 and all("saved" in s.get_attribute("class") for s in statuses)

    wait_for("every field saved on the laptop", all_saved)
    if screenshot:
        driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
        driver.save_screenshot(screenshot)
    targets = driver.execute_script(
        "return Array.from(document.querySelectorAll('button,textarea,select'))"
        ".map(e => e.getBoundingClientRect().height)")
    assert min(targets) >= 44, f"a touch target is {min(targets)} px high"

    stop(server)  # the laptop goes away; the phone keeps typing
    add_line("ideas", "Typen zonder laptop")
    fieldset("notes").find_element(By.TAG_NAME, "textarea").send_keys(", tweede notitie")
    time.sleep(2.5)  # the page tries, fails and keeps the text
    assert not all_saved(), "a field claims to be saved while the laptop is off"

    server, _ = serve()  # same port, same token: the open page reconnects by itself
    wait_for("the offline edits saved after the restart", all_saved, seconds=40)
finally:
    driver.quit()
    if server.poll() is None:
        stop(server)

with open(session, encoding="utf-8") as f:
    saved = json.load(f)
outcome = next(o for o in saved["outcomes"]["tables"] if o["tableId"] == table_id)
assert outcome["goesWell"] == ["Ouders voelen zich welkom"], outcome
assert outcome["difficult"] == ["Avonden vallen laat"], outcome
assert outcome["ideas"] == ["Koffie-ochtend op vrijdag", "Typen zonder laptop"], outcome
assert [(p["text"], p["by"], p["form"]) for p in outcome["proposals"]] == [("Maandelijkse inloop", "samen", "informeel")]
assert outcome["quote"] == "Samen weten we meer", outcome
assert outcome["notes"] == "Eerste notitie, tweede notitie", outcome
shutil.rmtree(work)
print("phone page: every field typed, offline edits arrived after the restart")
