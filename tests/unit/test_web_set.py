"""The web annotation set (tests/data/web) is well formed: every batch file is listed in
urls.txt with the same URL, no page is annotated twice, and every item uses the spec's
vocabulary (qualifiers, measures, roles). The page texts are not in the repository, so the
evidence strings cannot be checked here; each batch's own validator checked them on the
annotator's machine."""
import json
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[1] / "data" / "web"
BATCHES = sorted(WEB.glob("batch*.json"))
QUALIFIERS = {"exact", "approx", "at_least", "up_to", "vague"}
MEASURES = {"attacks", "projectiles", "killed", "injured", "casualties"}
ROLES = {"presence", "deployment", "withdrawal", "reduction", "other"}
TOPICS = {"conflict", "control"}


def _urls() -> dict[str, str]:
    rows = [line.rstrip("\n").split("\t") for line in (WEB / "urls.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    files = [r[0] for r in rows]
    assert len(files) == len(set(files)), "a page file is listed twice in urls.txt"
    return {r[0]: r[1] for r in rows}


def test_web_set_has_the_batches_the_readme_reports():
    assert len(BATCHES) >= 13


def test_web_urls_are_unique_across_batches():
    urls = list(_urls().values())
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.stem)
def test_web_batch_is_listed_and_well_formed(batch):
    listed = _urls()
    articles = json.loads(batch.read_text(encoding="utf-8"))["articles"]
    number = batch.stem.removeprefix("batch")
    for name, art in articles.items():
        assert name.startswith(f"w{number}-"), name
        assert listed.get(name) == art["url"], f"{name}: URL differs from urls.txt"
        assert art["topic"] in TOPICS
        for item in art["troop_figures"] + art["attack_counts"]:
            assert item["qualifier"] in QUALIFIERS, (name, item)
            assert item["evidence"].strip(), (name, item)
            has_value = item.get("value") is not None or "value_low" in item or "value_high" in item
            assert has_value, (name, item)
        for item in art["troop_figures"]:
            assert item["role"] in ROLES, (name, item)
        for item in art["attack_counts"]:
            assert item["measure"] in MEASURES, (name, item)
