from pathlib import Path

from assist.knowledge import load_knowledge
from tests.conftest import SAMPLE_KNOWLEDGE


def test_sample_folder_has_no_problems_and_is_big_enough() -> None:
    report = load_knowledge(SAMPLE_KNOWLEDGE)
    assert report.problems == []
    kinds = {
        str(k): sum(1 for s in report.snippets if s.kind == k)
        for k in ("resolution", "knowledge", "template")
    }
    assert kinds["resolution"] >= 300 and kinds["knowledge"] >= 40 and kinds["template"] >= 10
    assert report.shop.name
    assert "golden.jsonl" not in report.files
    products = {s.product for s in report.snippets if s.sku}
    assert len(products) >= 10


def test_a_broken_folder_reports_each_problem_and_loads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\nsku: A\nname: 台灯\n---\n## 规格\n5W\n", "utf-8")
    (tmp_path / "bad.md").write_text("---\nsku: [\n---\n## 规格\n5W\n", "utf-8")
    (tmp_path / "gbk.csv").write_bytes("问题,回复\n包邮吗,亲，全场包邮\n".encode("gbk"))
    (tmp_path / "z_dup.csv").write_text("id,question,reply\nA#规格,x,y\nD1,a,\n", "utf-8")
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    (tmp_path / ".hidden.md").write_text("## x\ny\n", "utf-8")
    (tmp_path / "shop.yaml").write_text("name: 测试店\n", "utf-8")
    (tmp_path / "golden.jsonl").write_text('{"question": "q", "expected": ["A#规格"]}\n', "utf-8")
    report = load_knowledge(tmp_path)
    ids = sorted(s.id for s in report.snippets)
    assert len(ids) == 2 and ids[0] == "A#规格" and ids[1].startswith("gbk:")
    assert report.shop.name == "测试店"
    where = sorted(f"{p.source}:{p.line}" for p in report.problems)
    assert where == ["bad.md:2", "bin.md:0", "z_dup.csv:2", "z_dup.csv:3"]
    dup = next(p for p in report.problems if p.source == "z_dup.csv" and p.line == 2)
    assert "good.md:5" in dup.message
    assert sorted(report.files) == ["gbk.csv", "good.md"]


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    report = load_knowledge(tmp_path / "nope")
    assert report.snippets == [] and "does not exist" in report.problems[0].message
