import re
import shutil
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_RAW = ROOT / "data" / "raw"
DATA = Path(__file__).resolve().parent / "data"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """With --dist loadfile, hand out the costliest test files first (tests/scheduling.py)."""
    if config.getvalue("dist") == "loadfile":
        from tests.scheduling import CostliestFileFirst

        return CostliestFileFirst(config, log)
    return None


@pytest.fixture
def raw_copy(tmp_path):
    """A private copy of the sample raw folder."""
    dst = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, dst)
    return dst


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The sample built once per test process, for tests that only read it: (raw, work, db).
    The database file is made read-only on disk, so a test that opened it for writing would
    fail instead of changing it for the tests after it; a test that must change it takes a
    copy (see sample_db_copy)."""
    import os

    from etl import pipeline

    root = tmp_path_factory.mktemp("sample-build")
    raw = root / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    db = root / "news.duckdb"
    pipeline.build(raw, root / "work", db)
    os.chmod(db, 0o444)
    return raw, root / "work", db


@pytest.fixture
def sample_db_copy(sample_build, tmp_path):
    """A private, writable copy of the sample's published database (a DuckDB file is whole
    when no one is writing it), for a test that changes rows before reading them back."""
    db = tmp_path / "sample.duckdb"
    shutil.copyfile(sample_build[2], db)
    return db


def q(db, sql: str) -> list[tuple]:
    """Rows of one query on a published database, opened read-only and closed again."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def build_with_manifest(root: Path, articles: dict[str, tuple[str, str, str]]) -> Path:
    """Build a corpus of articles written for a test: file name -> (text, outlet, publication day),
    with a manifest giving each its outlet and day. Returns the published database."""
    from etl import pipeline

    raw = root / "raw"
    raw.mkdir()
    lines = ["file,source,url,date_extracted"]
    for i, (name, (text, outlet, day)) in enumerate(articles.items()):
        (raw / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},{outlet},http://example.org/{i},{day} 10:00:00")
    (root / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "news.duckdb"
    pipeline.build(raw, root / "work", db, manifest=root / "manifest.csv")
    return db


_BATCHED: dict[str, dict[str, pl.DataFrame]] = {}  # phrase -> its tables, filled by batched_phrases


def extract_one(text: str) -> dict[str, pl.DataFrame]:
    """Every table extraction derives from one article ``text`` (article id ``a``)."""
    from etl.extract import extract

    if text in _BATCHED:
        return _BATCHED[text]
    return extract(pl.DataFrame({"article_id": ["a"], "text": [text]}))


def phrase_figures(text: str) -> list[tuple]:
    """Every figure extracted from ``text`` as (measure, value, value_low, value_high, qualifier),
    troop figures with measure ``troops``, in a fixed order (the phrasing modules compare lists)."""
    out = extract_one(text)
    troops = [("troops", r["value"], r["value_low"], r["value_high"], r["qualifier"]) for r in out["troop_figures"].iter_rows(named=True)]
    attacks = [(r["measure"], r["value"], r["value_low"], r["value_high"], r["qualifier"]) for r in out["attack_counts"].iter_rows(named=True)]
    return sorted(troops + attacks, key=str)


def check_phrase(sentence: str, expected: list[tuple]) -> None:
    assert phrase_figures(sentence) == sorted(expected, key=str)


_ARABIC = re.compile("[\u0600-\u06ff]")


def module_texts(module, params: dict[str, dict[str, set[str]]]) -> set[str]:
    """The Arabic texts ``module``'s source spells out: every string literal with Arabic letters,
    and every sum of strings (``LEAD + body``) whose parts are literals, the module's string
    constants or the values of its test's parameters (``params``: test function -> argument
    name -> its values)."""
    import ast
    import inspect

    def values(node, args: dict[str, set[str]]) -> set[str] | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.Name):
            if node.id in args:
                return args[node.id]
            const = getattr(module, node.id, None)
            return {const} if isinstance(const, str) else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = values(node.left, args), values(node.right, args)
            if left is not None and right is not None and len(left) * len(right) <= 10_000:
                return {a + b for a in left for b in right}
        return None

    out: set[str] = set()
    tree = ast.parse(inspect.getsource(module))
    scopes = [(fn, params.get(fn.name, {})) for fn in tree.body if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for scope, args in [(tree, {})] + scopes:
        for node in ast.walk(scope):
            if isinstance(node, (ast.Constant, ast.BinOp)):
                out |= {t for t in values(node, args) or () if _ARABIC.search(t)}
    return out


def _module_phrases(module, items) -> set[str]:
    """Every string parameter of ``module``'s tests among ``items``, and every Arabic text its
    source spells out (module_texts)."""
    params: dict[str, dict[str, set[str]]] = {}
    for item in items:
        if getattr(item, "module", None) is module and hasattr(item, "callspec"):
            for name, v in item.callspec.params.items():
                if isinstance(v, str):
                    params.setdefault(item.originalname, {}).setdefault(name, set()).add(v)
    spelled = {v for args in params.values() for vs in args.values() for v in vs} | module_texts(module, params)
    return {t for t in spelled if t.strip()}


def _extract_batch(texts: list[str]) -> None:
    """Extract ``texts`` in one call and file each one's tables in _BATCHED under its text."""
    from etl.extract import extract

    ids = [f"p{i:05d}" for i in range(len(texts))]
    tables = extract(pl.DataFrame({"article_id": ids, "text": texts}))
    parts = {name: df.partition_by("article_id", as_dict=True) if "article_id" in df.columns else {} for name, df in tables.items()}
    for art, text in zip(ids, texts):
        _BATCHED[text] = {name: parts[name].get((art,), df.clear()).with_columns(article_id=pl.lit("a"))
                          for name, df in tables.items()}


@pytest.fixture(scope="module")
def batched_phrases(request):
    """Extract every string parameter of this module's tests, and every Arabic text its source
    spells out (module_texts), in one batch, so that each test's extract_one is a lookup: one
    extraction has a fixed cost of a second or two (its patterns are compiled per call), and a
    module of hundreds of phrases paid it per phrase (test_places: 60 calls). A text built
    otherwise at run time (a replace, a format) is not in the batch and is extracted on its
    own, as before. An article's fields do not depend on the other articles of its batch
    (tests/integration/test_batch_invariance.py).

    The first module of a process to ask extracts the phrases of every collected module that
    uses this fixture, not only its own: the fixed cost was paid once per module (37 of them,
    about 45 s of CPU in a run), while the phrases of all of them take about 5 s to extract.
    The tables stay filed for the session."""
    if not _BATCHED_MODULES:
        items = request.session.items
        _BATCHED_MODULES.update(item.module for item in items
                                if "batched_phrases" in getattr(item, "fixturenames", ()) and getattr(item, "module", None))
        _BATCHED_MODULES.add(request.module)
        texts = set().union(*(_module_phrases(m, items) for m in _BATCHED_MODULES))
    else:  # a module collected after the first batch (not in a plain run): its own phrases
        texts = _module_phrases(request.module, request.session.items)
    texts = sorted(texts - set(_BATCHED))
    if texts:
        _extract_batch(texts)
    yield


_BATCHED_MODULES: set = set()  # the modules whose phrases are in _BATCHED


class LocalS3:
    """A moto S3 server on 127.0.0.1 (no network), with the AWS_* variables that point
    pyarrow's S3 client at it set for the test session."""

    def __init__(self, endpoint: str):
        self.endpoint = endpoint
        from pyarrow import fs as pafs

        host = endpoint.split("://", 1)[1]
        self.fs = pafs.S3FileSystem(endpoint_override=host, scheme="http", allow_bucket_creation=True,
                                    access_key="testing", secret_key="testing", region="us-east-1")

    def bucket(self, name: str) -> str:
        """A new empty bucket: its URL."""
        self.fs.create_dir(name)
        return f"s3://{name}"

    def upload(self, folder: Path, url: str) -> None:
        """Every file under ``folder`` to ``url`` (s3://bucket/prefix), same relative paths."""
        prefix = url.removeprefix("s3://")
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                with self.fs.open_output_stream(f"{prefix}/{path.relative_to(folder).as_posix()}") as fh:
                    fh.write(path.read_bytes())


@pytest.fixture(scope="session")
def s3():
    """A local S3 server for the object-store tests (moto is in the test extra)."""
    import os

    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": f"http://{host}:{port}", "AWS_EC2_METADATA_DISABLED": "true"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield LocalS3(env["AWS_ENDPOINT_URL"])
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        server.stop()


WIRE_STORY = ("وقالت مصادر أمنية إن {n} شخصا قتلوا في هجوم استهدف سوقا شعبية في المدينة صباح اليوم. "
              "وأضافت المصادر أن الهجوم نفذه مسلحون يرتدون زيا عسكريا وفروا من المكان بعد إطلاق النار. "
              "وأعلنت السلطات حالة التأهب في المنطقة وأغلقت الطرق المؤدية إلى السوق حتى إشعار آخر. "
              "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن بحسب ما أفاد مسؤولون محليون في المنطقة. ")


def write_wire_story(raw: Path) -> None:
    """Two outlets telling one story with different tolls (12 and 15 killed): a disputed story."""
    (raw / "wire-a.txt").write_text("هجوم على سوق\n\nبغداد - رويترز\n\n" + WIRE_STORY.format(n=12), encoding="utf-8")
    (raw / "wire-b.txt").write_text("مقتل 15 في هجوم\n\nالرياض - واس\n\n" + WIRE_STORY.format(n=15), encoding="utf-8")


LOCAL_STORY = ("افتتحت البلدية حديقة عامة جديدة في وسط المدينة بحضور عدد من المسؤولين والسكان. "
               "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال وممرات للمشي ومساحات خضراء واسعة.")


def write_local_story(raw: Path) -> None:
    """A local story whose closing line credits an outlet the table does not know (a row of
    unknown_outlets)."""
    (raw / "local-c.txt").write_text("حديقة جديدة في المدينة\n\n" + LOCAL_STORY + "\n\nالمصدر: شبكة الشهباء", encoding="utf-8")


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory):
    """One build of every kind of input the tests have: the sample, the 225-article development
    set, a two-outlet wire story and a local story credited to an outlet not in the table, with a manifest (SaudiNewsNet's columns) dating every
    file but the sample's (their texts state their dates). Built once per session: read it only."""
    from etl import pipeline

    root = tmp_path_factory.mktemp("warehouse")
    raw = root / "raw"
    shutil.copytree(SAMPLE_RAW, raw)
    shutil.copytree(DATA / "devset" / "raw", raw / "devset")
    write_wire_story(raw)
    write_local_story(raw)
    lines = ["file,source,url,date_extracted"]
    for i, path in enumerate(sorted((raw / "devset").iterdir())):
        lines.append(f"devset/{path.name},alriyadh,http://www.alriyadh.com/{i},2015-0{7 + i % 2}-{1 + i % 28:02d} 0{i % 10}:15:00")
    lines += ["wire-a.txt,reuters,https://www.reuters.com/a,2015-08-03 10:00:00",
              "wire-b.txt,was,http://spa.gov.sa/b,2015-08-04 11:30:00"]
    (root / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "news.duckdb"
    pipeline.build(raw, root / "work", db, manifest=root / "manifest.csv")
    return db
