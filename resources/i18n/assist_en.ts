<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssistService</name>
    <message>
        <location filename="../../assist/ui/service/service.py" line="219"/>
        <source>The shop&apos;s model is trained and answers from now on</source>
        <translation>The shop&apos;s model is trained and answers from now on</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../assist/platform/messages.py" line="16"/>
        <source>Release the hotkey&apos;s keys to capture the selection.</source>
        <translation>Release the hotkey&apos;s keys to capture the selection.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="18"/>
        <source>Select the buyer&apos;s message in the chat window, then press the capture hotkey there.</source>
        <translation>Select the buyer&apos;s message in the chat window, then press the capture hotkey there.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="21"/>
        <source>Nothing was selected in the chat window (or it did not answer the copy in time).</source>
        <translation>Nothing was selected in the chat window (or it did not answer the copy in time).</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="24"/>
        <source>No chat window is known yet (capture a message first); the reply is on the clipboard, paste it yourself.</source>
        <translation>No chat window is known yet (capture a message first); the reply is on the clipboard, paste it yourself.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="27"/>
        <source>Release the hotkey&apos;s keys; the reply is on the clipboard.</source>
        <translation>Release the hotkey&apos;s keys; the reply is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="29"/>
        <source>You moved to another window since the capture, so the reply was not pasted; it is on the clipboard.</source>
        <translation>You moved to another window since the capture, so the reply was not pasted; it is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="32"/>
        <source>Could not bring the chat window back; the reply is on the clipboard.</source>
        <translation>Could not bring the chat window back; the reply is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="34"/>
        <source>The chat window did not take the focus; the reply is on the clipboard.</source>
        <translation>The chat window did not take the focus; the reply is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="36"/>
        <source>Capture failed: %1</source>
        <translation>Capture failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="37"/>
        <source>%1 The reply is on the clipboard.</source>
        <translation>%1 The reply is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="38"/>
        <source>%1 is already used by another application; choose another hotkey in Settings.</source>
        <translation>%1 is already used by another application; choose another hotkey in Settings.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="40"/>
        <source>The system refused the hotkey %1 (error %2).</source>
        <translation>The system refused the hotkey %1 (error %2).</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="41"/>
        <source>The hotkey is empty.</source>
        <translation>The hotkey is empty.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="42"/>
        <source>&apos;%1&apos; is not a valid hotkey; use e.g. Ctrl+Alt+C.</source>
        <translation>&apos;%1&apos; is not a valid hotkey; use e.g. Ctrl+Alt+C.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="43"/>
        <source>&apos;%1&apos; needs a modifier such as Ctrl or Alt.</source>
        <translation>&apos;%1&apos; needs a modifier such as Ctrl or Alt.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="44"/>
        <source>The key &apos;%1&apos; does not exist on this keyboard layout.</source>
        <translation>The key &apos;%1&apos; does not exist on this keyboard layout.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="45"/>
        <source>Cannot connect to the X display: %1</source>
        <translation>Cannot connect to the X display: %1</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="46"/>
        <source>The X server lacks the XTEST extension needed to send keys.</source>
        <translation>The X server lacks the XTEST extension needed to send keys.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="48"/>
        <source>Windows blocked the simulated key press (is the chat window running as administrator?).</source>
        <translation>Windows blocked the simulated key press (is the chat window running as administrator?).</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="51"/>
        <source>Global hotkeys are not available to apps on Wayland. Bind the commands &apos;assist capture&apos; and &apos;assist insert 1&apos; to keys in your desktop&apos;s keyboard settings.</source>
        <translation>Global hotkeys are not available to apps on Wayland. Bind the commands &apos;assist capture&apos; and &apos;assist insert 1&apos; to keys in your desktop&apos;s keyboard settings.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="55"/>
        <source>No display: global hotkeys are not available.</source>
        <translation>No display: global hotkeys are not available.</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="56"/>
        <source>Agent Assist needs the Accessibility permission to capture and insert text: open System Settings &gt; Privacy &amp; Security &gt; Accessibility, enable Agent Assist, then restart it.</source>
        <translation>Agent Assist needs the Accessibility permission to capture and insert text: open System Settings &gt; Privacy &amp; Security &gt; Accessibility, enable Agent Assist, then restart it.</translation>
    </message>
</context>
<context>
    <name>CaptureFeature</name>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="52"/>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="118"/>
        <source>Capture and insert are paused</source>
        <translation>Capture and insert are paused</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="122"/>
        <source>Here are the replies: press the key again to insert</source>
        <translation>Here are the replies: press the key again to insert</translation>
    </message>
</context>
<context>
    <name>ContextBox</name>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="99"/>
        <source>Earlier messages from %1 (also searched)</source>
        <translation>Earlier messages from %1 (also searched)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="100"/>
        <source>Earlier messages (also searched)</source>
        <translation>Earlier messages (also searched)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="101"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="102"/>
        <source>Forget the earlier messages</source>
        <translation>Forget the earlier messages</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../assist/messages.py" line="86"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../assist/trainer/compliance.py" line="97"/>
        <source>&apos;%1&apos;: %2 (%3)</source>
        <translation>&apos;%1&apos;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/channels.py" line="77"/>
        <source>not ready</source>
        <translation>not ready</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/channels.py" line="83"/>
        <source>can read only %1 of this message; left out</source>
        <translation>can read only %1 of this message; left out</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="182"/>
        <source>cannot load the shop&apos;s model in %1: %2: %3</source>
        <translation>cannot load the shop&apos;s model in %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="227"/>
        <source>cannot run the ONNX model for %1: %2: %3</source>
        <translation>cannot run the ONNX model for %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="274"/>
        <source>cannot load the embedding model in %1: %2: %3</source>
        <translation>cannot load the embedding model in %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="383"/>
        <source>model folder %1 does not exist</source>
        <translation>model folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="386"/>
        <source>%1 is not a sentence-transformers model folder (no modules.json or config.json)</source>
        <translation>%1 is not a sentence-transformers model folder (no modules.json or config.json)</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="248"/>
        <source>the saved index is being written by another process; rebuilding</source>
        <translation>the saved index is being written by another process; rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="253"/>
        <source>the saved index is from another version of Agent Assist; rebuilding</source>
        <translation>the saved index is from another version of Agent Assist; rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="254"/>
        <source>the saved index&apos;s manifest is damaged (%1); rebuilding</source>
        <translation>the saved index&apos;s manifest is damaged (%1); rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="258"/>
        <source>the saved index could not be read (%1); rebuilding</source>
        <translation>the saved index could not be read (%1); rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="267"/>
        <source>the saved index was made with another model; rebuilding</source>
        <translation>the saved index was made with another model; rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="274"/>
        <source>the saved index file is damaged or incomplete; rebuilding</source>
        <translation>the saved index file is damaged or incomplete; rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="280"/>
        <source>the saved index does not match its manifest; rebuilding</source>
        <translation>the saved index does not match its manifest; rebuilding</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="256"/>
        <source>could not save the index (%1)</source>
        <translation>could not save the index (%1)</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="404"/>
        <location filename="../../assist/engine.py" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="411"/>
        <source>not ready yet</source>
        <translation>not ready yet</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="412"/>
        <location filename="../../assist/adapt/store.py" line="155"/>
        <source>no trained model for this folder yet</source>
        <translation>no trained model for this folder yet</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="458"/>
        <source>The message is about %1, where this shop does not sell.</source>
        <translation>The message is about %1, where this shop does not sell.</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="463"/>
        <source>The message is about the buyer&apos;s %1 account, which the shop cannot see.</source>
        <translation>The message is about the buyer&apos;s %1 account, which the shop cannot see.</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="468"/>
        <source>The message does not read like a question for a shop.</source>
        <translation>The message does not read like a question for a shop.</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="474"/>
        <source>The knowledge folder never mentions %1.</source>
        <translation>The knowledge folder never mentions %1.</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="476"/>
        <source>No suggestion is confident enough for this message.</source>
        <translation>No suggestion is confident enough for this message.</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="59"/>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="94"/>
        <source>needs a JSON object per line</source>
        <translation>needs a JSON object per line</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="97"/>
        <source>needs a non-empty &quot;question&quot;</source>
        <translation>needs a non-empty &quot;question&quot;</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="102"/>
        <source>&quot;expected&quot; must be a list of snippet ids (or one id as text)</source>
        <translation>&quot;expected&quot; must be a list of snippet ids (or one id as text)</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="105"/>
        <source>&quot;expected_reply&quot; must be text</source>
        <translation>&quot;expected_reply&quot; must be text</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="107"/>
        <source>needs &quot;expected&quot; ids or an &quot;expected_reply&quot;</source>
        <translation>needs &quot;expected&quot; ids or an &quot;expected_reply&quot;</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="157"/>
        <source>expected id &apos;%1&apos; is not in the knowledge folder</source>
        <translation>expected id &apos;%1&apos; is not in the knowledge folder</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/runner.py" line="72"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/runner.py" line="91"/>
        <source>training cancelled; the previous model stays in use</source>
        <translation>training cancelled; the previous model stays in use</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/runner.py" line="95"/>
        <source>training failed: %1</source>
        <translation>training failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="98"/>
        <source>its manifest is damaged (%1)</source>
        <translation>its manifest is damaged (%1)</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="154"/>
        <source>the trained model cannot be used: %1</source>
        <translation>the trained model cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="157"/>
        <source>%1 snippets changed since it was trained</source>
        <translation>%1 snippets changed since it was trained</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="162"/>
        <source>it was trained before the shop check; training again adds it</source>
        <translation>it was trained before the shop check; training again adds it</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="38"/>
        <source>knowledge folder does not exist</source>
        <translation>knowledge folder does not exist</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="68"/>
        <source>id &apos;%1&apos; is already used at %2; this entry was skipped</source>
        <translation>id &apos;%1&apos; is already used at %2; this entry was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="78"/>
        <source>the folder holds more than %1 entries; this one and the rest were not loaded</source>
        <translation>the folder holds more than %1 entries; this one and the rest were not loaded</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="107"/>
        <source>file ran out of memory reading this file; split it into smaller files</source>
        <translation>file ran out of memory reading this file; split it into smaller files</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="109"/>
        <source>file is nested too deeply to read; simplify its structure</source>
        <translation>file is nested too deeply to read; simplify its structure</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="112"/>
        <source>file could not be read (%1: %2); the rest of the folder loaded. Save the file again; if that does not help, report it</source>
        <translation>file could not be read (%1: %2); the rest of the folder loaded. Save the file again; if that does not help, report it</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="123"/>
        <source>could not be read (%1: %2)</source>
        <translation>could not be read (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="137"/>
        <source>%1 more problems in this file are not listed; fix the ones above first</source>
        <translation>%1 more problems in this file are not listed; fix the ones above first</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="152"/>
        <source>Excel lock file (the workbook is open in Excel); ignored</source>
        <translation>Excel lock file (the workbook is open in Excel); ignored</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="178"/>
        <source>old Excel .xls format cannot be read; open it in Excel and save as .xlsx</source>
        <translation>old Excel .xls format cannot be read; open it in Excel and save as .xlsx</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="192"/>
        <source>&apos;%1&apos; files are not knowledge; use Markdown (.md), CSV or Excel (.xlsx). Skipped</source>
        <translation>&apos;%1&apos; files are not knowledge; use Markdown (.md), CSV or Excel (.xlsx). Skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="215"/>
        <source>cannot read shop settings: %1</source>
        <translation>cannot read shop settings: %1</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="220"/>
        <source>shop settings must be &apos;key: value&apos; lines</source>
        <translation>shop settings must be &apos;key: value&apos; lines</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="240"/>
        <source>&apos;platforms&apos; must list where the shop sells, such as [淘宝, 抖音]; using 淘宝、天猫</source>
        <translation>&apos;platforms&apos; must list where the shop sells, such as [淘宝, 抖音]; using 淘宝、天猫</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="264"/>
        <source>group has %1 words, more than the %2 a group may have; it was skipped. Put each concept on its own line</source>
        <translation>group has %1 words, more than the %2 a group may have; it was skipped. Put each concept on its own line</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="283"/>
        <source>link points outside the knowledge folder; it was not read. Copy the file into the folder instead</source>
        <translation>link points outside the knowledge folder; it was not read. Copy the file into the folder instead</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="46"/>
        <source>file is binary, not text (was it saved in the wrong format?)</source>
        <translation>file is binary, not text (was it saved in the wrong format?)</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="54"/>
        <source>file contains NUL bytes from line %1 on, so it is damaged or not text; open it, check the end of the file and save it again</source>
        <translation>file contains NUL bytes from line %1 on, so it is damaged or not text; open it, check the end of the file and save it again</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="67"/>
        <location filename="../../assist/knowledge/workbook.py" line="97"/>
        <source>you do not have permission to read this file; change its permissions or copy it</source>
        <translation>you do not have permission to read this file; change its permissions or copy it</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="71"/>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="73"/>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="77"/>
        <source>file is %1, larger than the %2 a knowledge file may be; split it</source>
        <translation>file is %1, larger than the %2 a knowledge file may be; split it</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="90"/>
        <source>%1 file ends in the middle of a character on line %2: it was cut off while saving; save it again</source>
        <translation>%1 file ends in the middle of a character on line %2: it was cut off while saving; save it again</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="95"/>
        <source>%1 text is damaged on line %2 (%3); save the file again as UTF-8</source>
        <translation>%1 text is damaged on line %2 (%3); save the file again as UTF-8</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="107"/>
        <source>cannot read the text encoding; save the file as UTF-8</source>
        <translation>cannot read the text encoding; save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/safeyaml.py" line="17"/>
        <source>uses a YAML alias (*name); aliases are not allowed here, write the value out in full</source>
        <translation>uses a YAML alias (*name); aliases are not allowed here, write the value out in full</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/safeyaml.py" line="27"/>
        <source>the settings are %1 characters long, more than the %2 allowed; they are meant for a few short lines</source>
        <translation>the settings are %1 characters long, more than the %2 allowed; they are meant for a few short lines</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/safeyaml.py" line="37"/>
        <source>values are nested too deeply</source>
        <translation>values are nested too deeply</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="26"/>
        <source>open it in Excel and save it again as .xlsx</source>
        <translation>open it in Excel and save it again as .xlsx</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="49"/>
        <source>cannot open as an Excel workbook (%1); it may be damaged or only half saved: %2</source>
        <translation>cannot open as an Excel workbook (%1); it may be damaged or only half saved: %2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="80"/>
        <source>sheet &apos;%1&apos; is damaged after row %2 (%3); the rows before it loaded: %4</source>
        <translation>sheet &apos;%1&apos; is damaged after row %2 (%3); the rows before it loaded: %4</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="82"/>
        <source>the sheet is damaged after row %1 (%2); the rows before it loaded: %3</source>
        <translation>the sheet is damaged after row %1 (%2); the rows before it loaded: %3</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="92"/>
        <source>workbook is larger than %1 MB; split it into several files</source>
        <translation>workbook is larger than %1 MB; split it into several files</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="100"/>
        <source>cannot open as an Excel workbook (%1); it is not a complete .xlsx file (perhaps cut off while saving): %2</source>
        <translation>cannot open as an Excel workbook (%1); it is not a complete .xlsx file (perhaps cut off while saving): %2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="104"/>
        <source>workbook unpacks to %1 MB, more than the %2 MB a knowledge workbook may hold; split it into several files or delete unused sheets</source>
        <translation>workbook unpacks to %1 MB, more than the %2 MB a knowledge workbook may hold; split it into several files or delete unused sheets</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="111"/>
        <source>workbook part &apos;%1&apos; unpacks to %2 MB, more than the %3 MB allowed; split the workbook</source>
        <translation>workbook part &apos;%1&apos; unpacks to %2 MB, more than the %3 MB allowed; split the workbook</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="120"/>
        <source>workbook sheet &apos;%1&apos; is large (%2 MB unpacked) and does not record its size, so it cannot be read row by row; %3 (Excel records the size)</source>
        <translation>workbook sheet &apos;%1&apos; is large (%2 MB unpacked) and does not record its size, so it cannot be read row by row; %3 (Excel records the size)</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="76"/>
        <source>missing column %1 (found: %2); name them question/reply or 问题/回复</source>
        <translation>missing column %1 (found: %2); name them question/reply or 问题/回复</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="94"/>
        <source>row has %1 cells but the header has %2; the cells past the last column were ignored. A comma inside a reply needs quotes around the whole reply (or use the Chinese comma ，)</source>
        <translation>row has %1 cells but the header has %2; the cells past the last column were ignored. A comma inside a reply needs quotes around the whole reply (or use the Chinese comma ，)</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="130"/>
        <source>row has a reply but no question; skipped</source>
        <translation>row has a reply but no question; skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="132"/>
        <source>question &apos;%1&apos; has an empty reply; skipped</source>
        <translation>question &apos;%1&apos; has an empty reply; skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="136"/>
        <source>the %1 cell is %2 characters long, more than the %3 a cell may have; the row was skipped</source>
        <translation>the %1 cell is %2 characters long, more than the %3 a cell may have; the row was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="143"/>
        <source>sheet &apos;%1&apos;: %2</source>
        <translation>sheet &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="158"/>
        <source>the file has more than %1 rows; this row and those after it were not read. Split it into several files</source>
        <translation>the file has more than %1 rows; this row and those after it were not read. Split it into several files</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="53"/>
        <source>the knowledge folder holds more than %1 files; this one and the rest were not read</source>
        <translation>the knowledge folder holds more than %1 files; this one and the rest were not read</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="68"/>
        <source>folder is nested %1 levels deep, more than the %2 allowed; nothing inside it was read. Move its files up</source>
        <translation>folder is nested %1 levels deep, more than the %2 allowed; nothing inside it was read. Move its files up</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="75"/>
        <source>link points to nothing; it was skipped</source>
        <translation>link points to nothing; it was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="77"/>
        <source>not a regular file (a pipe, socket or device); it was skipped</source>
        <translation>not a regular file (a pipe, socket or device); it was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="103"/>
        <source>folder holds more than %1 entries; only %1 were looked at</source>
        <translation>folder holds more than %1 entries; only %1 were looked at</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="111"/>
        <source>you do not have permission to open it</source>
        <translation>you do not have permission to open it</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="113"/>
        <source>it cannot be opened (%1)</source>
        <translation>it cannot be opened (%1)</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="119"/>
        <source>folder skipped: %1; change its permissions or move its files</source>
        <translation>folder skipped: %1; change its permissions or move its files</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="134"/>
        <source>link loops back on itself; it was skipped</source>
        <translation>link loops back on itself; it was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="142"/>
        <source>link points outside the knowledge folder; it was not followed. Copy the file into the folder instead</source>
        <translation>link points outside the knowledge folder; it was not followed. Copy the file into the folder instead</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="58"/>
        <source>front matter &apos;kind&apos; must be &apos;knowledge&apos; or &apos;template&apos;, not %1; read as knowledge</source>
        <translation>front matter &apos;kind&apos; must be &apos;knowledge&apos; or &apos;template&apos;, not %1; read as knowledge</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="75"/>
        <source>page has more than %1 sections; the rest were not read. Split it into several pages</source>
        <translation>page has more than %1 sections; the rest were not read. Split it into several pages</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="94"/>
        <source>section &apos;%1&apos; is empty; skipped</source>
        <translation>section &apos;%1&apos; is empty; skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="104"/>
        <source>section is %1 characters long, more than the %2 one entry may have; it was skipped. Split it under more ## headings</source>
        <translation>section is %1 characters long, more than the %2 one entry may have; it was skipped. Split it under more ## headings</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="117"/>
        <source>heading &apos;%1&apos; repeats the one on line %2; its id gets a suffix, rename it to keep ids stable</source>
        <translation>heading &apos;%1&apos; repeats the one on line %2; its id gets a suffix, rename it to keep ids stable</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="152"/>
        <source>front matter starts with &apos;---&apos; but never ends; add a closing &apos;---&apos; line</source>
        <translation>front matter starts with &apos;---&apos; but never ends; add a closing &apos;---&apos; line</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="165"/>
        <source>front matter is not valid YAML (%1); the page was skipped</source>
        <translation>front matter is not valid YAML (%1); the page was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="172"/>
        <source>front matter must be &apos;key: value&apos; lines; the page was skipped</source>
        <translation>front matter must be &apos;key: value&apos; lines; the page was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="188"/>
        <location filename="../../assist/knowledge/csvrows.py" line="135"/>
        <source>line is %1 characters long, more than the %2 a line may have; it was skipped</source>
        <translation>line is %1 characters long, more than the %2 a line may have; it was skipped</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="205"/>
        <source>front matter &apos;%1&apos; should be a list; ignored</source>
        <translation>front matter &apos;%1&apos; should be a list; ignored</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="53"/>
        <source>a quoted cell could not be read (%1); %2</source>
        <translation>a quoted cell could not be read (%1); %2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="59"/>
        <source>a quote (&quot;) at the start of a cell %1; %2</source>
        <translation>a quote (&quot;) at the start of a cell %1; %2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="68"/>
        <source>the quote was read as a plain character and the lines after it as rows of their own. Remove the stray quote, or put the whole cell in quotes</source>
        <translation>the quote was read as a plain character and the lines after it as rows of their own. Remove the stray quote, or put the whole cell in quotes</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="78"/>
        <source>never closes, swallowing the %1 lines after it</source>
        <translation>never closes, swallowing the %1 lines after it</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="80"/>
        <source>runs over %1 lines, more than the %2 a cell may span</source>
        <translation>runs over %1 lines, more than the %2 a cell may span</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="85"/>
        <source>closes %1 lines further down, but not at the end of a cell</source>
        <translation>closes %1 lines further down, but not at the end of a cell</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="89"/>
        <source>holds %1 lines below it that look like whole rows</source>
        <translation>holds %1 lines below it that look like whole rows</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/prebuilt.py" line="76"/>
        <source>the prebuilt index beside the folder was made with another model; embedding here</source>
        <translation>the prebuilt index beside the folder was made with another model; embedding here</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/prebuilt.py" line="118"/>
        <source>the prebuilt index beside the folder is damaged (%1); embedding here</source>
        <translation>the prebuilt index beside the folder is damaged (%1); embedding here</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/prebuilt.py" line="163"/>
        <source>the prebuilt index beside the folder is older than the folder; what changed since is embedded here</source>
        <translation>the prebuilt index beside the folder is older than the folder; what changed since is embedded here</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="61"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="63"/>
        <source>Agent Assist hit an unexpected error. It keeps running, but please copy the details below and send them to support.</source>
        <translation>Agent Assist hit an unexpected error. It keeps running, but please copy the details below and send them to support.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="65"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DeskFeedback</name>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="178"/>
        <source>There is no feedback log yet: it fills as agents use the cards.</source>
        <translation>There is no feedback log yet: it fills as agents use the cards.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="193"/>
        <source>The feedback log is off for this session: %1</source>
        <translation>The feedback log is off for this session: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="211"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="95"/>
        <source>Explaining…</source>
        <translation>Explaining…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="96"/>
        <source>Explaining, once the engine has finished its current work…</source>
        <translation>Explaining, once the engine has finished its current work…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="104"/>
        <source>Explain failed: %1</source>
        <translation>Explain failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="113"/>
        <source>Fused</source>
        <translation>Fused</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="114"/>
        <source>Matched words</source>
        <translation>Matched words</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="114"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="114"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="115"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="157"/>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="157"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="158"/>
        <source>below cut-off</source>
        <translation>below cut-off</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="158"/>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="162"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="162"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="163"/>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="166"/>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="166"/>
        <source>General model</source>
        <translation>General model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="167"/>
        <source>Shop model</source>
        <translation>Shop model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="174"/>
        <source>shown as card %1</source>
        <translation>shown as card %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="176"/>
        <source>says the same as card %1, listed as one of its sources</source>
        <translation>says the same as card %1, listed as one of its sources</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="179"/>
        <source>no card shown: the message does not read like a question for a shop (shop check %1 &lt; %2)</source>
        <translation>no card shown: the message does not read like a question for a shop (shop check %1 &lt; %2)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="183"/>
        <source>no card shown: the message looks unanswered by this folder (gate %1 &lt; %2)</source>
        <translation>no card shown: the message looks unanswered by this folder (gate %1 &lt; %2)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="187"/>
        <source>no card shown: the best confidence is below the cut-off %1</source>
        <translation>no card shown: the best confidence is below the cut-off %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="190"/>
        <source>ranked too low to be given a confidence</source>
        <translation>ranked too low to be given a confidence</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="193"/>
        <source>ranked below the %1 cards shown</source>
        <translation>ranked below the %1 cards shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="195"/>
        <source>generic reply</source>
        <translation>generic reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="196"/>
        <source>does not fit a complaint</source>
        <translation>does not fit a complaint</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="197"/>
        <source>product introduction</source>
        <translation>product introduction</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="198"/>
        <source>; lowered as %1</source>
        <translation>; lowered as %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="201"/>
        <source>; compliance warning</source>
        <translation>; compliance warning</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="205"/>
        <source>Answered: cards are shown</source>
        <translation>Answered: cards are shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="206"/>
        <source>Not answered: no card is shown</source>
        <translation>Not answered: no card is shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="207"/>
        <source>Cut-off %1</source>
        <translation>Cut-off %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="209"/>
        <source>gate %1 (needs %2)</source>
        <translation>gate %1 (needs %2)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="211"/>
        <source>Channels: %1</source>
        <translation>Channels: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="215"/>
        <source>Double-click a row to open its file at the line.</source>
        <translation>Double-click a row to open its file at the line.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="75"/>
        <source>Facts behind the replies</source>
        <translation>Facts behind the replies</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="76"/>
        <source>Product and policy snippets that match appear here.</source>
        <translation>Product and policy snippets that match appear here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="175"/>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="283"/>
        <source>another chat window</source>
        <translation>another chat window</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="283"/>
        <source>another buyer</source>
        <translation>another buyer</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="284"/>
        <source>after a pause</source>
        <translation>after a pause</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="284"/>
        <source>another order number</source>
        <translation>another order number</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="285"/>
        <source>started over</source>
        <translation>started over</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="287"/>
        <source>New conversation with %1</source>
        <translation>New conversation with %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="288"/>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="298"/>
        <source>There is no suggestion %1 to insert</source>
        <translation>There is no suggestion %1 to insert</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="312"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="373"/>
        <source>The message is about %1, where this shop does not sell: answer it yourself. (Where the shop sells: &apos;platforms&apos; in shop.yaml.)</source>
        <translation>The message is about %1, where this shop does not sell: answer it yourself. (Where the shop sells: &apos;platforms&apos; in shop.yaml.)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="377"/>
        <source>The message is about the buyer&apos;s own %1 account, which the shop cannot see or change: answer it yourself.</source>
        <translation>The message is about the buyer&apos;s own %1 account, which the shop cannot see or change: answer it yourself.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="381"/>
        <source>This message does not read like a question for the shop (weather, homework, a favour...): answer it yourself.</source>
        <translation>This message does not read like a question for the shop (weather, homework, a favour...): answer it yourself.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="384"/>
        <source>The knowledge folder never mentions %1: the shop may not sell it. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>The knowledge folder never mentions %1: the shop may not sell it. Answer it yourself, or add it to the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="387"/>
        <source>No confident suggestion for this message. Answer it yourself, or check the facts below.</source>
        <translation>No confident suggestion for this message. Answer it yourself, or check the facts below.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="390"/>
        <source>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="428"/>
        <source>Fill %1 in card %2 before inserting</source>
        <translation>Fill %1 in card %2 before inserting</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="433"/>
        <source>Card %1 says what the marketplace rules forbid: insert again to send it anyway</source>
        <translation>Card %1 says what the marketplace rules forbid: insert again to send it anyway</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="443"/>
        <source>Copied — paste it into the chat</source>
        <translation>Copied — paste it into the chat</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="488"/>
        <source>Agent Assist</source>
        <translation>Agent Assist</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="489"/>
        <source>Reply assistant</source>
        <translation>Reply assistant</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="490"/>
        <source>Keep on top</source>
        <translation>Keep on top</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="491"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="492"/>
        <source>Capture paused</source>
        <translation>Capture paused</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="493"/>
        <source>The capture and insert hotkeys do nothing while paused. Click to resume.</source>
        <translation>The capture and insert hotkeys do nothing while paused. Click to resume.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="496"/>
        <source>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</source>
        <translation>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="503"/>
        <source>Suggested replies</source>
        <translation>Suggested replies</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="504"/>
        <source>Suggested replies appear here</source>
        <translation>Suggested replies appear here</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="583"/>
        <source>Saved for review in %1</source>
        <translation>Saved for review in %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="584"/>
        <source>This answer already waits for review</source>
        <translation>This answer already waits for review</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="622"/>
        <source>Trainer view: why these cards, answers waiting for review, report</source>
        <translation>Trainer view: why these cards, answers waiting for review, report</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="624"/>
        <source>Save my reply as an answer…</source>
        <translation>Save my reply as an answer…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="625"/>
        <source>Write the reply you send for this message; a trainer reviews it before it is suggested</source>
        <translation>Write the reply you send for this message; a trainer reviews it before it is suggested</translation>
    </message>
</context>
<context>
    <name>PendingPanel</name>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="293"/>
        <source>%n answer(s) approved: they are suggestions from now on</source>
        <translation>
            <numerusform>%n answer approved: it is a suggestion from now on</numerusform>
            <numerusform>%n answers approved: they are suggestions from now on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="297"/>
        <source>%n answer(s) rejected</source>
        <translation>
            <numerusform>%n answer rejected</numerusform>
            <numerusform>%n answers rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="303"/>
        <source>Select the answers first.</source>
        <translation>Select the answers first.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="321"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="322"/>
        <source>Move the selected answers into resolutions/; they are suggestions from then on</source>
        <translation>Move the selected answers into resolutions/; they are suggestions from then on</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="324"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="325"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="330"/>
        <source>%n answer(s) wait for review. Select rows, then approve or reject them; double-click opens the file.</source>
        <translation>
            <numerusform>%n answer waits for review. Select it, then approve or reject it; double-click opens the file.</numerusform>
            <numerusform>%n answers wait for review. Select rows, then approve or reject them; double-click opens the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="332"/>
        <source>No answers wait for review.</source>
        <translation>No answers wait for review.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="78"/>
        <source>Knowledge problems</source>
        <translation>Knowledge problems</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="80"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="80"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="80"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/problems.py" line="82"/>
        <source>%n problem(s) in the knowledge folder. Fix them in the files; changes load automatically.</source>
        <translation>
            <numerusform>%n problem in the knowledge folder. Fix it in the file; changes load automatically.</numerusform>
            <numerusform>%n problems in the knowledge folder. Fix them in the files; changes load automatically.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>No problems in the knowledge folder.</source>
        <translation>No problems in the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="85"/>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="87"/>
        <source>Double-click a row to open its file at that line</source>
        <translation>Double-click a row to open its file at that line</translation>
    </message>
</context>
<context>
    <name>SaveAnswerDialog</name>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="56"/>
        <source>Save as answer</source>
        <translation>Save as answer</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="57"/>
        <source>Buyer&apos;s question</source>
        <translation>Buyer&apos;s question</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="58"/>
        <source>Reply to propose</source>
        <translation>Reply to propose</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="59"/>
        <source>The reply you would send to this question</source>
        <translation>The reply you would send to this question</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="60"/>
        <source>It waits in the knowledge folder&apos;s pending/ until a trainer approves it. Phone and order numbers, addresses and names are masked before it is saved.</source>
        <translation>It waits in the knowledge folder&apos;s pending/ until a trainer approves it. Phone and order numbers, addresses and names are masked before it is saved.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="93"/>
        <source>Knowledge folder</source>
        <translation>Knowledge folder</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="94"/>
        <source>Folder with product pages, policies and past replies. Empty uses the bundled sample.</source>
        <translation>Folder with product pages, policies and past replies. Empty uses the bundled sample.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="99"/>
        <source>Model folder</source>
        <translation>Model folder</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="100"/>
        <source>Sentence-embedding model. Empty uses the bundled model.</source>
        <translation>Sentence-embedding model. Empty uses the bundled model.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="104"/>
        <source>Dock edge</source>
        <translation>Dock edge</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="105"/>
        <source>Screen edge the sidebar sits against.</source>
        <translation>Screen edge the sidebar sits against.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="106"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="107"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="111"/>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="112"/>
        <source>Screen to dock on. Empty uses the primary screen.</source>
        <translation>Screen to dock on. Empty uses the primary screen.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="116"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="117"/>
        <source>Keep the sidebar above the chat window.</source>
        <translation>Keep the sidebar above the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="121"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="122"/>
        <source>Colours of the sidebar.</source>
        <translation>Colours of the sidebar.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="123"/>
        <location filename="../../assist/ui/settings/model.py" line="131"/>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="124"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="125"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="129"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="130"/>
        <source>Language of the sidebar.</source>
        <translation>Language of the sidebar.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="136"/>
        <source>Capture hotkey</source>
        <translation>Capture hotkey</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="137"/>
        <source>Reads the buyer&apos;s latest message from the chat window.</source>
        <translation>Reads the buyer&apos;s latest message from the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="141"/>
        <source>Insert hotkey</source>
        <translation>Insert hotkey</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="142"/>
        <source>Inserts the card you are editing, or else the best suggestion, into the chat window.</source>
        <translation>Inserts the card you are editing, or else the best suggestion, into the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="147"/>
        <source>Card hotkeys</source>
        <translation>Card hotkeys</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="148"/>
        <source>These keys with a card&apos;s number (1-5) insert that card from the chat window.</source>
        <translation>These keys with a card&apos;s number (1-5) insert that card from the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="151"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="155"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="156"/>
        <source>How a reply addresses a buyer whose name is not known, in place of {买家}.</source>
        <translation>How a reply addresses a buyer whose name is not known, in place of {买家}.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="161"/>
        <source>New conversation after</source>
        <translation>New conversation after</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="162"/>
        <source>A capture after this long a pause starts a new conversation: no earlier message or detail carries over.</source>
        <translation>A capture after this long a pause starts a new conversation: no earlier message or detail carries over.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="168"/>
        <source>Paste keys</source>
        <translation>Paste keys</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="169"/>
        <source>Keys sent to the chat window to paste a reply.</source>
        <translation>Keys sent to the chat window to paste a reply.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="174"/>
        <source>Capture wait</source>
        <translation>Capture wait</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="175"/>
        <source>How long the chat window may take to copy the selection.</source>
        <translation>How long the chat window may take to copy the selection.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="180"/>
        <source>Clipboard restore delay</source>
        <translation>Clipboard restore delay</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="181"/>
        <source>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</source>
        <translation>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="187"/>
        <source>Watch clipboard</source>
        <translation>Watch clipboard</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="188"/>
        <source>Search whenever text is copied in the chat window.</source>
        <translation>Search whenever text is copied in the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="199"/>
        <source>Feedback log</source>
        <translation>Feedback log</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="200"/>
        <source>Keep a local log of which replies were used (personal data masked; it never leaves this PC unless exported).</source>
        <translation>Keep a local log of which replies were used (personal data masked; it never leaves this PC unless exported).</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="192"/>
        <source>Train the shop&apos;s model</source>
        <translation>Train the shop&apos;s model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="193"/>
        <source>Train a search model on the knowledge folder on this PC, in the background. Off: a model shipped with the folder (or trained before) is still used.</source>
        <translation>Train a search model on the knowledge folder on this PC, in the background. Off: a model shipped with the folder (or trained before) is still used.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="136"/>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="145"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="150"/>
        <source>(Locked by your administrator.)</source>
        <translation>(Locked by your administrator.)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="156"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="157"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="164"/>
        <source>Primary screen</source>
        <translation>Primary screen</translation>
    </message>
</context>
<context>
    <name>ShopModel</name>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="165"/>
        <source>The shop&apos;s model could not be loaded: %1</source>
        <translation>The shop&apos;s model could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="196"/>
        <source>Too few question–reply pairs to train the shop&apos;s model: add past replies (question and reply columns) to the knowledge folder.</source>
        <translation>Too few question–reply pairs to train the shop&apos;s model: add past replies (question and reply columns) to the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="203"/>
        <source>The shop&apos;s model could not be trained: %1</source>
        <translation>The shop&apos;s model could not be trained: %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../assist/ui/app.py" line="180"/>
        <source>Settings could not be saved: %1</source>
        <translation>Settings could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="255"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="327"/>
        <source>Commands from &apos;assist capture&apos; will not reach this window.</source>
        <translation>Commands from &apos;assist capture&apos; will not reach this window.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="124"/>
        <source>%n snippet(s)</source>
        <translation>
            <numerusform>%n snippet</numerusform>
            <numerusform>%n snippets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="121"/>
        <source>Loading knowledge…</source>
        <translation>Loading knowledge…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="123"/>
        <source>Knowledge could not be loaded: %1</source>
        <translation>Knowledge could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="129"/>
        <source>keyword</source>
        <translation>keyword</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="129"/>
        <source>general model</source>
        <translation>general model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="130"/>
        <source>shop model</source>
        <translation>shop model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="138"/>
        <source>Ready: %1</source>
        <translation>Ready: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="141"/>
        <source>No confident suggestion (searched: %1)</source>
        <translation>No confident suggestion (searched: %1)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="142"/>
        <source>%1 answered</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="148"/>
        <source>indexing %1/%2…</source>
        <translation>indexing %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="150"/>
        <source>loading model…</source>
        <translation>loading model…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="152"/>
        <source>starting to train the shop&apos;s model…</source>
        <translation>starting to train the shop&apos;s model…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="154"/>
        <source>training the shop&apos;s model %1/%2…</source>
        <translation>training the shop&apos;s model %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="157"/>
        <source>general model failed: %1</source>
        <translation>general model failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="190"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="191"/>
        <source>Show problems found in the knowledge files</source>
        <translation>Show problems found in the knowledge files</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="236"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="243"/>
        <source>Past reply</source>
        <translation>Past reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="244"/>
        <source>Product facts</source>
        <translation>Product facts</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="245"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="250"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="254"/>
        <source>An alternative, less likely to be right (about %1%): check it before sending</source>
        <translation>An alternative, less likely to be right (about %1%): check it before sending</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="256"/>
        <source>About %1% likely to be the right reply</source>
        <translation>About %1% likely to be the right reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="258"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="261"/>
        <source>Send this reply to the chat window</source>
        <translation>Send this reply to the chat window</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="263"/>
        <location filename="../../assist/ui/widgets/cards.py" line="273"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="265"/>
        <source>Fills {%1} in the reply</source>
        <translation>Fills {%1} in the reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="266"/>
        <source>Fill {%1}</source>
        <translation>Fill {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="274"/>
        <location filename="../../assist/ui/widgets/cards.py" line="325"/>
        <source>Save as answer</source>
        <translation>Save as answer</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="310"/>
        <source>absolute claim, banned by the advertising law</source>
        <translation>absolute claim, banned by the advertising law</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="311"/>
        <source>takes the trade or payment off the platform</source>
        <translation>takes the trade or payment off the platform</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="312"/>
        <source>a word the shop listed in compliance.txt</source>
        <translation>a word the shop listed in compliance.txt</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="316"/>
        <source>Check before sending: %1</source>
        <translation>Check before sending: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="318"/>
        <source>Insert again to send it as it is.</source>
        <translation>Insert again to send it as it is.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="326"/>
        <source>Save as answer: propose this reply, as you edited it, for a trainer to review</source>
        <translation>Save as answer: propose this reply, as you edited it, for a trainer to review</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="352"/>
        <source>+%1 similar</source>
        <translation>+%1 similar</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="360"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="362"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="370"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="373"/>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="381"/>
        <source>Trainer view</source>
        <translation>Trainer view</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="382"/>
        <source>Why these cards</source>
        <translation>Why these cards</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="383"/>
        <source>Pending answers</source>
        <translation>Pending answers</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="384"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="385"/>
        <source>What the desk&apos;s feedback log says, as an Excel workbook with charts</source>
        <translation>What the desk&apos;s feedback log says, as an Excel workbook with charts</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="387"/>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="388"/>
        <source>A buyer message, as the sidebar gets it</source>
        <translation>A buyer message, as the sidebar gets it</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="43"/>
        <source>Agent Assist</source>
        <translation>Agent Assist</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="44"/>
        <source>Show / hide</source>
        <translation>Show / hide</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="45"/>
        <source>Pause capture</source>
        <translation>Pause capture</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="46"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="47"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>
