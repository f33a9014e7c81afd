"""A corpus of hostile and damaged knowledge files, generated (never committed: some are 10 MB).

Each case writes its files into a folder and says what the loader must make of them: the
problems it must report (file, line, words of the message) and the files that must still load.
`build(folder)` writes every case plus two good files into one folder; the tests also load
each case on its own beside the good files. Run as a script (`python -m tests.hostile_corpus
DIR`) it loads DIR and prints a JSON summary with the peak memory, for a subprocess to measure.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import resource
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

GOOD_MD = "---\nsku: LAMP-9\nname: 护眼台灯\n---\n## 发货时间\n亲，护眼台灯付款后48小时内发货哦\n"
GOOD_CSV = "question,reply\n能开发票吗,亲，可以开电子发票的\n"
GOOD_IDS = ("LAMP-9#发货时间",)  # plus one resolution from good.csv
ROWS_CSV = "question,reply\n" + "".join(f"问题{n},回复{n}\n" for n in range(1, 21))


@dataclass
class Expected:
    problems: list[tuple[str, int, str]] = field(default_factory=list)  # source, line, words
    loads: dict[str, int] = field(default_factory=dict)  # source -> at least this many snippets
    quiet: tuple[str, ...] = ()  # sources that must load with no problem at all


def write_good(folder: Path) -> None:
    (folder / "good.md").write_text(GOOD_MD, "utf-8")
    (folder / "good.csv").write_text(GOOD_CSV, "utf-8")


# --- tables -------------------------------------------------------------------------------


def stray_quote_never_closed(folder: Path) -> Expected:
    lines = ROWS_CSV.splitlines()
    lines[3] = '问题3,"回复3'  # line 4: the quote opens a cell that runs to the end of the file
    (folder / "stray_open.csv").write_text("\n".join(lines) + "\n", "utf-8")
    return Expected([("stray_open.csv", 4, "never closes")], {"stray_open.csv": 20})


def stray_quote_closed_later(folder: Path) -> Expected:
    lines = ROWS_CSV.splitlines()
    lines[3] = '问题3,"回复3'  # line 4 opens; line 15's quoted cell closes it mid-cell
    lines[14] = '问题14,"回复14"'
    (folder / "stray_closed.csv").write_text("\n".join(lines) + "\n", "utf-8")
    return Expected([("stray_closed.csv", 4, "quote")], {"stray_closed.csv": 20})


def stray_quote_closed_at_a_cell_end(folder: Path) -> Expected:
    lines = ROWS_CSV.splitlines()
    lines[3] = '问题3,"回复3'  # closes at the end of line 15, which looks well formed
    lines[14] = '问题14,回复14"'
    (folder / "stray_rows.csv").write_text("\n".join(lines) + "\n", "utf-8")
    return Expected([("stray_rows.csv", 4, "look like whole rows")], {"stray_rows.csv": 20})


def stray_quote_in_a_big_file(folder: Path) -> Expected:
    # 25,000 rows after the quote: the swallowed cell outgrows the csv module's field limit.
    body = "".join(f"问题{n},回复{n}\n" for n in range(25_000))
    text = 'question,reply\n问题x,"回复x\n' + body
    (folder / "stray_big.csv").write_text(text, "utf-8")
    return Expected([("stray_big.csv", 2, "quote")], {"stray_big.csv": 25_000})


def legit_multiline_cell(folder: Path) -> Expected:
    text = 'question,reply\n怎么退货,"第一步：申请退货\n第二步：寄回\n第三步：等待退款"\n'
    text += "在吗,在的\n"
    (folder / "multiline.csv").write_text(text, "utf-8")
    return Expected(loads={"multiline.csv": 2}, quiet=("multiline.csv",))


def huge_cell(folder: Path) -> Expected:
    text = f"question,reply\n长回复,{'很' * 20_000}\n短,好的\n"
    (folder / "huge_cell.csv").write_text(text, "utf-8")
    return Expected([("huge_cell.csv", 2, "reply cell is 20,000 characters")], {"huge_cell.csv": 1})


def quoted_cell_over_field_limit(folder: Path) -> Expected:
    # one quoted cell of 200,000 characters over 200 lines (each line is short)
    cell = "\n".join("长" * 999 for _ in range(200))
    text = f'question,reply\n很长,"{cell}"\n短,好的\n'
    (folder / "field_limit.csv").write_text(text, "utf-8")
    return Expected([("field_limit.csv", 2, "quote")], {"field_limit.csv": 1})


def ten_megabyte_line_csv(folder: Path) -> Expected:
    text = "question,reply\n" + "问" * (10 * 1024 * 1024 // 3) + "\n在吗,在的\n"
    (folder / "long_line.csv").write_text(text, "utf-8")
    return Expected([("long_line.csv", 2, "characters long")], {"long_line.csv": 1})


def wrong_field_counts(folder: Path) -> Expected:
    text = "question,reply\n包邮吗,亲,全场包邮\n在吗\n好的,不客气\n"
    (folder / "fields.csv").write_text(text, "utf-8")
    return Expected(
        [("fields.csv", 2, "row has 3 cells but the header has 2"), ("fields.csv", 3, "")],
        {"fields.csv": 2},
    )


def many_bad_rows(folder: Path) -> Expected:
    text = "question,reply\n" + "".join(f"问题{n},\n" for n in range(10_000))
    (folder / "many_bad.csv").write_text(text, "utf-8")
    return Expected([("many_bad.csv", 2, "empty reply"), ("many_bad.csv", 0, "9950 more")])


def empty_and_header_only(folder: Path) -> Expected:
    (folder / "empty.csv").write_bytes(b"")
    (folder / "empty.md").write_bytes(b"")
    (folder / "header_only.csv").write_text("question,reply\n", "utf-8")
    return Expected(quiet=("empty.csv", "empty.md", "header_only.csv"))


def encodings_and_boms(folder: Path) -> Expected:
    text = "问题,回复\n支持七天无理由吗,亲，支持的\n"
    variants = {
        "bom_utf8.csv": codecs.BOM_UTF8 + text.encode("utf-8"),
        "bom_utf16le.csv": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "bom_utf16be.csv": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "bom_utf32.csv": text.encode("utf-32"),
        "gbk.csv": text.replace("七天", "7天").encode("gbk"),
    }
    for name, data in variants.items():
        (folder / name).write_bytes(data)
    # the same question in each file: different derived ids (per file), so all load
    return Expected(loads=dict.fromkeys(variants, 1), quiet=tuple(variants))


def truncated_utf16(folder: Path) -> Expected:
    data = codecs.BOM_UTF16_LE + "问题,回复\n在吗,在的\n".encode("utf-16-le")
    (folder / "cut16.csv").write_bytes(data[:-1])
    return Expected([("cut16.csv", 2, "cut off")])


def lone_surrogate_utf16(folder: Path) -> Expected:
    head = codecs.BOM_UTF16_LE + "问题,回复\n在吗,在的\n".encode("utf-16-le")
    (folder / "surrogate16.csv").write_bytes(head + b"\x00\xd8" + "好\n".encode("utf-16-le"))
    return Expected([("surrogate16.csv", 3, "damaged on line 3")])


def nul_bytes_after_8k(folder: Path) -> Expected:
    filler = "".join(f"第{n}行说明文字，用来把文件撑过八千字节。\n" for n in range(400))
    text = f"---\nid: nul\n---\n## 说明\n{filler}坏\x00\x00掉\n"
    (folder / "nul.md").write_text(text, "utf-8")
    return Expected([("nul.md", 5 + 400, "NUL")])


# --- workbooks ------------------------------------------------------------------------------

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def write_xlsx(path: Path, sheet_xml: Iterable[bytes], shared: Iterable[str] = ()) -> None:
    """A minimal workbook written by hand, the sheet streamed into the zip (it can be huge)."""
    shared = list(shared)
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/sharedStrings.xml": (
            f'<sst xmlns="{_NS}">' + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            for chunk in sheet_xml:
                sheet.write(chunk)


def _sheet(rows: Iterable[str], dimension: str = "") -> Iterable[bytes]:
    size = f'<dimension ref="{dimension}"/>' if dimension else ""
    yield f'<worksheet xmlns="{_NS}">{size}<sheetData>'.encode()
    batch = io.StringIO()
    for count, row in enumerate(rows, start=1):
        batch.write(row)
        if count % 10_000 == 0:
            yield batch.getvalue().encode()
            batch = io.StringIO()
    yield batch.getvalue().encode()
    yield b"</sheetData></worksheet>"


def _text_row(number: int, *cells: str) -> str:
    inner = "".join(f'<c t="inlineStr"><is><t>{c}</t></is></c>' for c in cells)
    return f'<row r="{number}">{inner}</row>'


def million_row_workbook(folder: Path) -> Expected:
    # ~50 bytes a row, one megabyte on disk: a number question and shared-string reply 0
    rows = (f'<row><c><v>{n}</v></c><c t="s"><v>0</v></c></row>' for n in range(2, 1_000_001))
    write_xlsx(
        folder / "million.xlsx",
        _sheet(_chain(_text_row(1, "问题", "回复"), rows), "A1:B1000000"),
        ["亲，好的"],
    )
    return Expected([("million.xlsx", 30_001, "more than 30,000 rows")], {"million.xlsx": 29_999})


def unsized_sheet_workbook(folder: Path) -> Expected:
    # no <dimension>: openpyxl would parse all 200,000 rows (10 MB) before the first one
    rows = (f'<row><c><v>{n}</v></c><c t="s"><v>0</v></c></row>' for n in range(2, 200_001))
    write_xlsx(folder / "unsized.xlsx", _sheet(_chain(_text_row(1, "问题", "回复"), rows)), ["好"])
    return Expected([("unsized.xlsx", 0, "does not record its size")])


def _chain(first: str, rest: Iterable[str]) -> Iterable[str]:
    yield first
    yield from rest


def zip_bomb_workbook(folder: Path) -> Expected:
    spaces = (b" " * (1024 * 1024) for _ in range(150))  # 150 MB of spaces, ~150 KB zipped
    head = f'<worksheet xmlns="{_NS}"><sheetData>'.encode()
    write_xlsx(folder / "bomb.xlsx", [head, *spaces, b"</sheetData></worksheet>"])
    return Expected([("bomb.xlsx", 0, "unpacks to 150 MB")])


def wide_dimension_workbook(folder: Path) -> Expected:
    head = f'<worksheet xmlns="{_NS}"><dimension ref="A1:XFD1048576"/><sheetData>'.encode()
    rows = [
        _text_row(1, "问题", "回复"),
        _text_row(2, "有货吗", "亲，有现货"),
        '<row r="3"><c r="XFD3" t="inlineStr"><is><t>far</t></is></c></row>',
    ]
    write_xlsx(folder / "wide.xlsx", [head, "".join(rows).encode(), b"</sheetData></worksheet>"])
    return Expected(loads={"wide.xlsx": 1}, quiet=("wide.xlsx",))


def half_written_workbook(folder: Path) -> Expected:
    whole = folder / "whole.tmp"
    write_xlsx(whole, _sheet(_text_row(n, f"问{n}", f"答{n}") for n in range(1, 200)))
    data = whole.read_bytes()
    whole.unlink()
    (folder / "half.xlsx").write_bytes(data[: len(data) // 2])
    return Expected([("half.xlsx", 0, "Excel workbook")])


def workbook_missing_parts(folder: Path) -> Expected:
    # a valid zip that lacks the workbook's parts (openpyxl's KeyError, OSError and the like)
    with zipfile.ZipFile(folder / "parts.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return Expected([("parts.xlsx", 0, "cannot open as an Excel workbook")])


def truncated_sheet_workbook(folder: Path) -> Expected:
    rows = "".join(
        _text_row(n, "问题" if n == 1 else f"问{n}", "回复" if n == 1 else f"答{n}")
        for n in range(1, 101)
    )
    # Excel writes the size first, so a file cut off while saving still has it
    size = '<dimension ref="A1:B101"/>'
    xml = f'<worksheet xmlns="{_NS}">{size}<sheetData>{rows}<row r="101"><c t="inl'
    write_xlsx(folder / "cut_sheet.xlsx", [xml.encode()])
    return Expected([("cut_sheet.xlsx", 101, "damaged after row 100")], {"cut_sheet.xlsx": 99})


# --- pages and settings ---------------------------------------------------------------------

ALIAS_BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(9)]
)


def alias_bomb_front_matter(folder: Path) -> Expected:
    (folder / "bomb.md").write_text(f"---\n{ALIAS_BOMB}\n---\n## 段落\n内容\n", "utf-8")
    return Expected([("bomb.md", 3, "alias")])


def alias_bomb_shop(folder: Path) -> Expected:
    (folder / "shop.yaml").write_text(f"name: 测试店\n{ALIAS_BOMB}\n", "utf-8")
    return Expected([("shop.yaml", 3, "alias")])


def deeply_nested_front_matter(folder: Path) -> Expected:
    (folder / "nested.md").write_text("---\nx: " + "[" * 5000 + "\n---\n## a\nb\n", "utf-8")
    return Expected([("nested.md", 2, "nesting depth")])


def long_line_page(folder: Path) -> Expected:
    text = f"---\nid: long\n---\n## 长\n{'长' * 600_000}\n## 短\n短的内容\n"
    (folder / "long_line.md").write_text(text, "utf-8")
    return Expected([("long_line.md", 5, "characters long")], {"long_line.md": 1})


def ten_megabyte_page(folder: Path) -> Expected:
    (folder / "big.md").write_text("## 大\n" + "大" * (10 * 1024 * 1024 // 3), "utf-8")
    return Expected([("big.md", 0, "larger than the 2 MB")])


def long_section(folder: Path) -> Expected:
    body = "\n".join("很长的段落" * 200 for _ in range(30))  # 30,000 characters
    (folder / "long_section.md").write_text(f"## 长段\n{body}\n## 短段\n好\n", "utf-8")
    return Expected([("long_section.md", 1, "30,029 characters")], {"long_section.md": 1})


def heading_of_spaces(folder: Path) -> Expected:
    # the heading pattern backtracks quadratically on '#' + spaces; it must not see this line
    (folder / "spaces.md").write_text("#" + " " * 19_000 + "x\n## 段\n内容\n", "utf-8")
    return Expected(loads={"spaces.md": 1})


def huge_synonym_group(folder: Path) -> Expected:
    words = " ".join(f"词{n}" for n in range(100_000))
    (folder / "synonyms.txt").write_text(f"包邮 免邮\n{words}\n", "utf-8")
    return Expected([("synonyms.txt", 2, "100000 words")])


# --- the folder's shape ---------------------------------------------------------------------


def deep_folders(folder: Path) -> Expected:
    deep = folder
    for _ in range(1200):  # Path.mkdir(parents=True) and os.makedirs recurse per level
        deep = deep / "d"
        deep.mkdir()
    (deep / "bottom.md").write_text("## 底\n内容\n", "utf-8")
    return Expected([("/".join(["d"] * 21), 0, "nested 21 levels")])


def links(folder: Path) -> Expected:
    (folder / "passwd.md").symlink_to("/etc/passwd")
    (folder / "etc").symlink_to("/etc", target_is_directory=True)
    (folder / "loop").symlink_to(".", target_is_directory=True)
    (folder / "self.md").symlink_to("self.md")
    return Expected(
        [
            ("passwd.md", 0, "outside the knowledge folder"),
            ("etc", 0, "outside the knowledge folder"),
            ("self.md", 0, "loops"),
        ]
    )


def named_pipe(folder: Path) -> Expected:
    os.mkfifo(folder / "pipe.csv")  # reading it would block forever
    return Expected([("pipe.csv", 0, "not a regular file")])


def folder_named_like_a_file(folder: Path) -> Expected:
    (folder / "dir.md").mkdir()
    (folder / "dir.md" / "inner.md").write_text("## 里面\n内容\n", "utf-8")
    return Expected(loads={"dir.md/inner.md": 1}, quiet=("dir.md/inner.md",))


CASES: dict[str, Callable[[Path], Expected]] = {
    f.__name__: f
    for f in (
        stray_quote_never_closed,
        stray_quote_closed_later,
        stray_quote_closed_at_a_cell_end,
        stray_quote_in_a_big_file,
        legit_multiline_cell,
        huge_cell,
        quoted_cell_over_field_limit,
        ten_megabyte_line_csv,
        wrong_field_counts,
        many_bad_rows,
        empty_and_header_only,
        encodings_and_boms,
        truncated_utf16,
        lone_surrogate_utf16,
        nul_bytes_after_8k,
        million_row_workbook,
        unsized_sheet_workbook,
        zip_bomb_workbook,
        wide_dimension_workbook,
        half_written_workbook,
        workbook_missing_parts,
        truncated_sheet_workbook,
        alias_bomb_front_matter,
        alias_bomb_shop,
        deeply_nested_front_matter,
        long_line_page,
        ten_megabyte_page,
        long_section,
        heading_of_spaces,
        huge_synonym_group,
        deep_folders,
        links,
        named_pipe,
        folder_named_like_a_file,
    )
}


def build(folder: Path) -> Expected:
    """Every case in one folder, beside the good files; the union of what is expected."""
    write_good(folder)
    total = Expected()
    for make in CASES.values():
        expected = make(folder)
        total.problems += expected.problems
        total.loads.update(expected.loads)
        total.quiet += expected.quiet
    return total


def remove_deep(folder: Path) -> None:
    """Delete a tree too deep for shutil.rmtree (it recurses per level in Python 3.11)."""
    pending, folders = [str(folder)], []
    while pending:
        current = pending.pop()
        folders.append(current)
        os.chmod(current, 0o700)  # a case may have locked it
        with os.scandir(current) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                else:
                    os.unlink(entry.path)
    for current in reversed(folders):
        os.rmdir(current)


def _peak_mb() -> float:
    """This process's own peak. Not ru_maxrss: Linux carries it over from the parent across
    fork and exec, so a child of a big pytest process reports the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main(folder: str) -> None:
    from assist.knowledge import load_knowledge

    start = time.perf_counter()
    report = load_knowledge(folder)
    seconds = time.perf_counter() - start
    summary = {
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "problems": [[p.source, p.line, p.message, p.severity] for p in report.problems],
        "snippets": len(report.snippets),
        "ids": [s.id for s in report.snippets if not s.source.endswith(".xlsx")],
        "files": report.files,
    }
    json.dump(summary, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
