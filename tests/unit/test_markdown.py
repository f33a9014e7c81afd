from assist.knowledge.markdown import parse_page
from assist.knowledge.model import SnippetKind

PAGE = """---
sku: LAMP-01
name: LED护眼台灯
aliases: [护眼灯, 台灯]
tags: [家居]
---
# LED护眼台灯

三档调光的护眼台灯。

## 规格参数
功率 **5W**，USB 供电。

## 常见问题 {#lamp-faq}
灯不亮：先检查适配器是否为 5V2A。
```
# 这不是标题
```

## 空的
"""


def test_sections_become_snippets_with_stable_ids_and_lines() -> None:
    page = parse_page(PAGE, "products/lamp.md")
    ids = [s.id for s in page.snippets]
    assert ids == ["LAMP-01", "LAMP-01#规格参数", "lamp-faq"]
    spec = page.snippets[1]
    assert spec.line == 11 and spec.kind is SnippetKind.KNOWLEDGE
    assert spec.reply == "功率 5W，USB 供电。"  # emphasis markers dropped
    assert spec.product == "LED护眼台灯" and spec.title == "LED护眼台灯 · 规格参数"
    assert "# 这不是标题" in page.snippets[2].reply  # headings inside code fences are text
    assert page.vocabulary == {
        w: "LED护眼台灯" for w in ("LED护眼台灯", "LAMP-01", "护眼灯", "台灯")
    }


def test_empty_section_is_a_warning_with_its_line() -> None:
    page = parse_page(PAGE, "products/lamp.md")
    [problem] = page.problems
    assert (problem.line, problem.severity) == (20, "warning")
    assert "空的" in problem.message


def test_ids_do_not_move_when_unrelated_text_changes() -> None:
    before = {s.id for s in parse_page(PAGE, "p.md").snippets}
    edited = PAGE.replace("功率 **5W**", "功率 6W").replace("三档调光", "四档调光\n\n更多说明")
    after = {s.id for s in parse_page(edited, "p.md").snippets}
    assert before == after


def test_bad_yaml_is_reported_at_its_line_and_page_skipped() -> None:
    text = "---\nsku: X\nname: [unclosed\ntags: a\n---\n## 段落\n内容\n"
    page = parse_page(text, "bad.md")
    assert page.snippets == []
    [problem] = page.problems
    assert problem.source == "bad.md" and problem.line in (3, 4)
    assert "YAML" in problem.message


def test_unterminated_front_matter() -> None:
    page = parse_page("---\nsku: X\n## 段落\n内容\n", "bad.md")
    assert page.snippets == [] and "never ends" in page.problems[0].message


def test_front_matter_that_is_not_a_mapping() -> None:
    page = parse_page("---\n- a\n- b\n---\n## 段落\n内容\n", "bad.md")
    assert page.snippets == [] and "key: value" in page.problems[0].message


def test_repeated_heading_gets_a_suffix_and_a_warning() -> None:
    page = parse_page("---\nid: p\n---\n## 运费\n一\n## 运费\n二\n", "p.md")
    assert [s.id for s in page.snippets] == ["p#运费", "p#运费-6"]
    assert "repeats" in page.problems[0].message and page.problems[0].line == 6


def test_template_pages_and_a_page_without_front_matter() -> None:
    tpl = parse_page("---\nid: tpl\nkind: template\n---\n## 致歉\n亲爱的{买家}，抱歉\n", "t.md")
    assert tpl.snippets[0].kind is SnippetKind.TEMPLATE
    plain = parse_page("# 退货\n七天无理由\n", "policies/returns.md")
    assert [(s.id, s.reply) for s in plain.snippets] == [("policies/returns", "七天无理由")]


def test_unknown_kind_is_read_as_knowledge_with_a_warning() -> None:
    page = parse_page("---\nid: x\nkind: faq\n---\n## a\nb\n", "x.md")
    assert page.snippets[0].kind is SnippetKind.KNOWLEDGE
    assert page.problems[0].severity == "warning"
