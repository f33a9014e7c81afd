"""How much of a knowledge folder the readers accept, so no file can exhaust time or memory.

Each figure is far above what a trainer writes by hand or a shop exports, and far below what
makes the app stall: a careless or hostile file meets a limit, is reported at its line, and the
rest of the folder loads. The readers look these up at call time, so a test may lower one.
"""

from __future__ import annotations

MAX_FILE_BYTES = 20 * 1024 * 1024  # a CSV export; larger is a mistake, not a table
MAX_PAGE_BYTES = 2 * 1024 * 1024  # a Markdown page, shop.yaml, synonyms.txt (~700k characters)
MAX_XLSX_UNZIPPED_BYTES = 100 * 1024 * 1024  # sum of a workbook's members once decompressed
# Parts openpyxl reads whole when it opens a workbook (shared strings, styles) are not streamed
# like sheets, so each is held to less.
MAX_XLSX_PART_BYTES = 20 * 1024 * 1024
# openpyxl learns a sheet's size from its <dimension> record; when a sheet has none (Excel
# always writes it, some exporters do not), opening the workbook parses the whole sheet first,
# about a second per megabyte, before a single row can be read or the row limit can apply.
MAX_UNSIZED_SHEET_BYTES = 4 * 1024 * 1024
MAX_ROWS = 30_000  # rows of a table file (all sheets together), sections of a page
MAX_COLUMNS = 50  # columns of a table that are read; the rest are ignored
MAX_LINE_CHARS = 50_000  # one physical line of a text file
MAX_CELL_CHARS = 10_000  # one question or reply in a table
MAX_SNIPPET_CHARS = 20_000  # one section of a page
MAX_QUOTED_LINES = 30  # a quoted CSV cell running over more lines is a stray quote
MAX_DEPTH = 20  # folders below the knowledge folder
MAX_FILES = 5_000  # knowledge files in one folder
MAX_SNIPPETS = 200_000  # snippets from the whole folder
MAX_PROBLEMS_PER_FILE = 50  # further problems of one file are counted, not listed
# Settings are a few lines; building Python objects from YAML costs ~10 s a megabyte even with
# libyaml, so a front matter or shop.yaml far larger than any trainer writes is refused unread.
MAX_YAML_CHARS = 64 * 1024
MAX_SYNONYM_WORDS = 50  # words in one synonyms.txt group (the table grows with its square)
