"""Shared fixtures: an isolated ASSIST_HOME for every test and the real model, loaded once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_KNOWLEDGE = REPO / "knowledge"


def pytest_configure(config: pytest.Config) -> None:
    # One ONNX export of the model for every test, child process and test run (it costs
    # seconds of torch work); each test still gets its own ASSIST_HOME below. The export test
    # exports into a temporary folder of its own.
    os.environ.setdefault("ASSIST_MODEL_CACHE", str(REPO / ".cache" / "models"))


@pytest.fixture(autouse=True)
def assist_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("assist-home")
    monkeypatch.setenv("ASSIST_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def embedder():
    """The real bundled all-MiniLM-L6-v2 on the default backend; loaded once per run."""
    from assist.retrieval.embedder import load_embedder

    return load_embedder()  # the same instance the CLI and Assistant get in this process


@pytest.fixture(scope="session")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ASSIST_HOME shared by tests on the sample folder, so it is embedded only once."""
    return tmp_path_factory.mktemp("sample-home")


# The `model` marker says a test loads the real embedding model (seconds per load, hundreds of
# MB): `-m "not model"` gives a quick run. It is applied from the fixtures a test asks for, and
# a test that loads the model without the marker fails, so the marker cannot drift.
MODEL_FIXTURES = {"embedder", "session_assistant"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(autouse=True)
def _loading_the_model_needs_the_marker(request: pytest.FixtureRequest,
                                        monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if request.node.get_closest_marker("model") is not None:
        yield
        return
    from assist.retrieval import embedder as module

    loads: list[str] = []

    def refuse(*_args: object, **_kwargs: object) -> None:
        loads.append("loaded")
        raise RuntimeError("the real model was loaded by a test not marked `model`")

    monkeypatch.setattr(module, "_open_onnx", refuse)
    monkeypatch.setattr(module, "_TorchRunner", refuse)
    # load_embedder hands out one loaded model per process: an earlier test's load must not
    # hide this test's
    monkeypatch.setattr(module, "_loaded", {})
    yield
    if loads:  # failed here, not in the loading thread, where a job queue may swallow it
        pytest.fail("this test loads the real embedding model: mark it `model` "
                    "(pytest.mark.model) so a quick run can leave it out", pytrace=False)
