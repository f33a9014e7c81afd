"""The desk's two waits, as an agent feels them: capture hotkey -> cards drawn, insert hotkey ->
the reply in the chat. Real X server (Xvfb) with openbox, the real sidebar on the sample shop,
a stand-in chat window, keys sent by xdotool.

    python -m benchmarks.desk_latency [--rounds 20]

Each round the buyer sends another of the golden questions; the agent captures it and inserts
card 1. Times come from the sidebar's own marks (IPC `status` -> timings) and the chat window's
log of when text arrived, all on this machine's clock. Printed as median / p95 in ms, with the
parts spent waiting on the chat app (its answer to the copy, its reading of the paste) apart.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from tests.conftest import SAMPLE_KNOWLEDGE
from tests.e2e.conftest import private_display, wait_for
from tests.e2e.desktop import Desktop


def _questions(count: int) -> list[str]:
    lines = (SAMPLE_KNOWLEDGE / "golden.jsonl").read_text("utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    return [q for q in questions if "\n" not in q][:count]


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered) * 1000:.0f} / {p95 * 1000:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    questions = _questions(10 * args.rounds)
    rows: dict[str, list[float]] = {k: [] for k in (
        "capture total", "capture: chat app answers the copy", "capture: our part",
        "insert total", "insert: our part", "insert: chat app reads the paste",
        "capture from key press to cards (incl. xdotool)")}
    with tempfile.TemporaryDirectory() as tmp, private_display("1600x900x24") as display:
        desk = Desktop(display, Path(tmp) / "home")
        try:
            desk.start_sidebar()
            # steady state: the model loaded and the index built, as after a minute at work
            wait_for(lambda: desk.status().get("phase") in ("semantic", "model_failed"), 300,
                     "the model and index")
            chat = desk.open_chat("chat", "你好", "Fake Chat")
            measured = -1  # one round first, unmeasured: the first search loads jieba's tables
            for question in questions:
                if measured == args.rounds:
                    break
                chat.show_message(question)
                chat.select_all()
                pressed = desk.key("ctrl+alt+c")
                state = desk.wait_idle_with(question, after=pressed, cards=False)
                if not state["suggestions"]:
                    continue  # no confident card: nothing to insert this time
                marks = state["timings"]
                top = state["suggestions"][0]
                sent = desk.key("ctrl+alt+v")
                arrived = chat.wait_for_text(top, after=sent)
                insert = desk.status()["timings"]
                measured += 1
                if measured == 0:
                    continue
                copy_wait = marks["copied"] - marks["copy_sent"]
                capture = marks["cards_drawn"] - marks["capture_key"]
                rows["capture total"].append(capture)
                rows["capture: chat app answers the copy"].append(copy_wait)
                rows["capture: our part"].append(capture - copy_wait)
                rows["capture from key press to cards (incl. xdotool)"].append(
                    marks["cards_drawn"] - pressed)
                rows["insert total"].append(arrived - insert["insert_key"])
                rows["insert: our part"].append(insert["paste_sent"] - insert["insert_key"])
                rows["insert: chat app reads the paste"].append(arrived - insert["paste_sent"])
        finally:
            output = desk.close()
            if "Traceback" in output:
                print(output)
    print(f"desk latency, {len(rows['capture total'])} rounds, median / p95 ms")
    for name, values in rows.items():
        print(f"  {name:50s} {_ms(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
