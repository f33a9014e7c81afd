<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssistService</name>
    <message>
        <location filename="../../assist/ui/service/service.py" line="193"/>
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
        <location filename="../../assist/ui/desktop/capture.py" line="51"/>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="112"/>
        <source>Capture and insert are paused</source>
        <translation>Capture and insert are paused</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="116"/>
        <source>Here are the replies: press the key again to insert</source>
        <translation>Here are the replies: press the key again to insert</translation>
    </message>
</context>
<context>
    <name>ContextBox</name>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="99"/>
        <source>Earlier messages (also searched)</source>
        <translation>Earlier messages (also searched)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="100"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="101"/>
        <source>Forget the earlier messages</source>
        <translation>Forget the earlier messages</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="64"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="66"/>
        <source>Agent Assist hit an unexpected error. It keeps running, but please copy the details below and send them to support.</source>
        <translation>Agent Assist hit an unexpected error. It keeps running, but please copy the details below and send them to support.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="68"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DeskFeedback</name>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="187"/>
        <source>There is no feedback log yet: it fills as agents use the cards.</source>
        <translation>There is no feedback log yet: it fills as agents use the cards.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="202"/>
        <source>The feedback log is off for this session: %1</source>
        <translation>The feedback log is off for this session: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="220"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="93"/>
        <source>Explaining…</source>
        <translation>Explaining…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="94"/>
        <source>Explaining, once the engine has finished its current work…</source>
        <translation>Explaining, once the engine has finished its current work…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="102"/>
        <source>Explain failed: %1</source>
        <translation>Explain failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="111"/>
        <source>Fused</source>
        <translation>Fused</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Matched words</source>
        <translation>Matched words</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="113"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="155"/>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="155"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="156"/>
        <source>below cut-off</source>
        <translation>below cut-off</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="156"/>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="160"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="160"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="161"/>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="164"/>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="164"/>
        <source>General model</source>
        <translation>General model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="165"/>
        <source>Shop model</source>
        <translation>Shop model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="172"/>
        <source>shown as card %1</source>
        <translation>shown as card %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="174"/>
        <source>says the same as card %1, listed as one of its sources</source>
        <translation>says the same as card %1, listed as one of its sources</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="177"/>
        <source>no card shown: the message looks unanswered by this folder (gate %1 &lt; %2)</source>
        <translation>no card shown: the message looks unanswered by this folder (gate %1 &lt; %2)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="181"/>
        <source>no card shown: the best confidence is below the cut-off %1</source>
        <translation>no card shown: the best confidence is below the cut-off %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="184"/>
        <source>ranked too low to be given a confidence</source>
        <translation>ranked too low to be given a confidence</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="187"/>
        <source>ranked below the %1 cards shown</source>
        <translation>ranked below the %1 cards shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="189"/>
        <source>generic reply</source>
        <translation>generic reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="190"/>
        <source>does not fit a complaint</source>
        <translation>does not fit a complaint</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="191"/>
        <source>product introduction</source>
        <translation>product introduction</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="192"/>
        <source>; lowered as %1</source>
        <translation>; lowered as %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="195"/>
        <source>; compliance warning</source>
        <translation>; compliance warning</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="199"/>
        <source>Answered: cards are shown</source>
        <translation>Answered: cards are shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="200"/>
        <source>Not answered: no card is shown</source>
        <translation>Not answered: no card is shown</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="201"/>
        <source>Cut-off %1</source>
        <translation>Cut-off %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="203"/>
        <source>gate %1 (needs %2)</source>
        <translation>gate %1 (needs %2)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="205"/>
        <source>Channels: %1</source>
        <translation>Channels: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="209"/>
        <source>Double-click a row to open its file at the line.</source>
        <translation>Double-click a row to open its file at the line.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="79"/>
        <source>Facts behind the replies</source>
        <translation>Facts behind the replies</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="80"/>
        <source>Product and policy snippets that match appear here.</source>
        <translation>Product and policy snippets that match appear here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="156"/>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="236"/>
        <source>There is no suggestion %1 to insert</source>
        <translation>There is no suggestion %1 to insert</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="250"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="305"/>
        <source>No confident suggestion for this message. Answer it yourself, or check the facts below.</source>
        <translation>No confident suggestion for this message. Answer it yourself, or check the facts below.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="308"/>
        <source>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="346"/>
        <source>Fill %1 in card %2 before inserting</source>
        <translation>Fill %1 in card %2 before inserting</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="356"/>
        <source>Copied — paste it into the chat</source>
        <translation>Copied — paste it into the chat</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="399"/>
        <source>Agent Assist</source>
        <translation>Agent Assist</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="400"/>
        <source>Reply assistant</source>
        <translation>Reply assistant</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="401"/>
        <source>Keep on top</source>
        <translation>Keep on top</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="402"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="403"/>
        <source>Capture paused</source>
        <translation>Capture paused</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="404"/>
        <source>The capture and insert hotkeys do nothing while paused. Click to resume.</source>
        <translation>The capture and insert hotkeys do nothing while paused. Click to resume.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="407"/>
        <source>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</source>
        <translation>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="414"/>
        <source>Suggested replies</source>
        <translation>Suggested replies</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="415"/>
        <source>Suggested replies appear here</source>
        <translation>Suggested replies appear here</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="516"/>
        <source>Saved for review in %1</source>
        <translation>Saved for review in %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="517"/>
        <source>This answer already waits for review</source>
        <translation>This answer already waits for review</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="551"/>
        <source>Trainer view: why these cards, answers waiting for review, report</source>
        <translation>Trainer view: why these cards, answers waiting for review, report</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="553"/>
        <source>Save my reply as an answer…</source>
        <translation>Save my reply as an answer…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="554"/>
        <source>Write the reply you send for this message; a trainer reviews it before it is suggested</source>
        <translation>Write the reply you send for this message; a trainer reviews it before it is suggested</translation>
    </message>
</context>
<context>
    <name>PendingPanel</name>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="286"/>
        <source>%n answer(s) approved: they are suggestions from now on</source>
        <translation>
            <numerusform>%n answer approved: it is a suggestion from now on</numerusform>
            <numerusform>%n answers approved: they are suggestions from now on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="290"/>
        <source>%n answer(s) rejected</source>
        <translation>
            <numerusform>%n answer rejected</numerusform>
            <numerusform>%n answers rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="296"/>
        <source>Select the answers first.</source>
        <translation>Select the answers first.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="314"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="315"/>
        <source>Move the selected answers into resolutions/; they are suggestions from then on</source>
        <translation>Move the selected answers into resolutions/; they are suggestions from then on</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="317"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="318"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="323"/>
        <source>%n answer(s) wait for review. Select rows, then approve or reject them; double-click opens the file.</source>
        <translation>
            <numerusform>%n answer waits for review. Select it, then approve or reject it; double-click opens the file.</numerusform>
            <numerusform>%n answers wait for review. Select rows, then approve or reject them; double-click opens the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="325"/>
        <source>No answers wait for review.</source>
        <translation>No answers wait for review.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="82"/>
        <source>Knowledge problems</source>
        <translation>Knowledge problems</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/problems.py" line="86"/>
        <source>%n problem(s) in the knowledge folder. Fix them in the files; changes load automatically.</source>
        <translation>
            <numerusform>%n problem in the knowledge folder. Fix it in the file; changes load automatically.</numerusform>
            <numerusform>%n problems in the knowledge folder. Fix them in the files; changes load automatically.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="88"/>
        <source>No problems in the knowledge folder.</source>
        <translation>No problems in the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="89"/>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="91"/>
        <source>Double-click a row to open its file at that line</source>
        <translation>Double-click a row to open its file at that line</translation>
    </message>
</context>
<context>
    <name>SaveAnswerDialog</name>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="59"/>
        <source>Save as answer</source>
        <translation>Save as answer</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="60"/>
        <source>Buyer&apos;s question</source>
        <translation>Buyer&apos;s question</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="61"/>
        <source>Reply to propose</source>
        <translation>Reply to propose</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="62"/>
        <source>The reply you would send to this question</source>
        <translation>The reply you would send to this question</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="63"/>
        <source>It waits in the knowledge folder&apos;s pending/ until a trainer approves it. Phone and order numbers, addresses and names are masked before it is saved.</source>
        <translation>It waits in the knowledge folder&apos;s pending/ until a trainer approves it. Phone and order numbers, addresses and names are masked before it is saved.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="95"/>
        <source>Knowledge folder</source>
        <translation>Knowledge folder</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="96"/>
        <source>Folder with product pages, policies and past replies. Empty uses the bundled sample.</source>
        <translation>Folder with product pages, policies and past replies. Empty uses the bundled sample.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="101"/>
        <source>Model folder</source>
        <translation>Model folder</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="102"/>
        <source>Sentence-embedding model. Empty uses the bundled model.</source>
        <translation>Sentence-embedding model. Empty uses the bundled model.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="106"/>
        <source>Dock edge</source>
        <translation>Dock edge</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="107"/>
        <source>Screen edge the sidebar sits against.</source>
        <translation>Screen edge the sidebar sits against.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="108"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="109"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="113"/>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="114"/>
        <source>Screen to dock on. Empty uses the primary screen.</source>
        <translation>Screen to dock on. Empty uses the primary screen.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="118"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="119"/>
        <source>Keep the sidebar above the chat window.</source>
        <translation>Keep the sidebar above the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="123"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="124"/>
        <source>Colours of the sidebar.</source>
        <translation>Colours of the sidebar.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="125"/>
        <location filename="../../assist/ui/settings/model.py" line="133"/>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="126"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="127"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="131"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="132"/>
        <source>Language of the sidebar.</source>
        <translation>Language of the sidebar.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="138"/>
        <source>Capture hotkey</source>
        <translation>Capture hotkey</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="139"/>
        <source>Reads the buyer&apos;s latest message from the chat window.</source>
        <translation>Reads the buyer&apos;s latest message from the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="143"/>
        <source>Insert hotkey</source>
        <translation>Insert hotkey</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="144"/>
        <source>Inserts the card you are editing, or else the best suggestion, into the chat window.</source>
        <translation>Inserts the card you are editing, or else the best suggestion, into the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="149"/>
        <source>Card hotkeys</source>
        <translation>Card hotkeys</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="150"/>
        <source>These keys with a card&apos;s number (1-5) insert that card from the chat window.</source>
        <translation>These keys with a card&apos;s number (1-5) insert that card from the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="153"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="181"/>
        <source>Feedback log</source>
        <translation>Feedback log</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="182"/>
        <source>Keep a local log of which replies were used (personal data masked; it never leaves this PC unless exported).</source>
        <translation>Keep a local log of which replies were used (personal data masked; it never leaves this PC unless exported).</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="157"/>
        <source>Paste keys</source>
        <translation>Paste keys</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="158"/>
        <source>Keys sent to the chat window to paste a reply.</source>
        <translation>Keys sent to the chat window to paste a reply.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="163"/>
        <source>Capture wait</source>
        <translation>Capture wait</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="164"/>
        <source>How long the chat window may take to copy the selection.</source>
        <translation>How long the chat window may take to copy the selection.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="169"/>
        <source>Clipboard restore delay</source>
        <translation>Clipboard restore delay</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="170"/>
        <source>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</source>
        <translation>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="176"/>
        <source>Watch clipboard</source>
        <translation>Watch clipboard</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="177"/>
        <source>Search whenever text is copied in the chat window.</source>
        <translation>Search whenever text is copied in the chat window.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="135"/>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="148"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="153"/>
        <source>(Locked by your administrator.)</source>
        <translation>(Locked by your administrator.)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="159"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="160"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="167"/>
        <source>Primary screen</source>
        <translation>Primary screen</translation>
    </message>
</context>
<context>
    <name>ShopModel</name>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="154"/>
        <source>The shop&apos;s model could not be loaded: %1</source>
        <translation>The shop&apos;s model could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="185"/>
        <source>Too few question–reply pairs to train the shop&apos;s model: add past replies (question and reply columns) to the knowledge folder.</source>
        <translation>Too few question–reply pairs to train the shop&apos;s model: add past replies (question and reply columns) to the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="192"/>
        <source>The shop&apos;s model could not be trained: %1</source>
        <translation>The shop&apos;s model could not be trained: %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../assist/ui/app.py" line="178"/>
        <source>Settings could not be saved: %1</source>
        <translation>Settings could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="237"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="309"/>
        <source>Commands from &apos;assist capture&apos; will not reach this window.</source>
        <translation>Commands from &apos;assist capture&apos; will not reach this window.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="113"/>
        <source>%n snippet(s)</source>
        <translation>
            <numerusform>%n snippet</numerusform>
            <numerusform>%n snippets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="110"/>
        <source>Loading knowledge…</source>
        <translation>Loading knowledge…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="112"/>
        <source>Knowledge could not be loaded: %1</source>
        <translation>Knowledge could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="118"/>
        <source>keyword</source>
        <translation>keyword</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="118"/>
        <source>general model</source>
        <translation>general model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="119"/>
        <source>shop model</source>
        <translation>shop model</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="127"/>
        <source>Ready: %1</source>
        <translation>Ready: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="130"/>
        <source>No confident suggestion (searched: %1)</source>
        <translation>No confident suggestion (searched: %1)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="131"/>
        <source>%1 answered</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="137"/>
        <source>indexing %1/%2…</source>
        <translation>indexing %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="139"/>
        <source>loading model…</source>
        <translation>loading model…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="141"/>
        <source>starting to train the shop&apos;s model…</source>
        <translation>starting to train the shop&apos;s model…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="143"/>
        <source>training the shop&apos;s model %1/%2…</source>
        <translation>training the shop&apos;s model %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="146"/>
        <source>general model failed: %1</source>
        <translation>general model failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="157"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="158"/>
        <source>Show problems found in the knowledge files</source>
        <translation>Show problems found in the knowledge files</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="225"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="236"/>
        <source>Past reply</source>
        <translation>Past reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="237"/>
        <source>Product facts</source>
        <translation>Product facts</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="238"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="242"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="242"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="242"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="243"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="247"/>
        <source>An alternative, less likely to be right (about %1%): check it before sending</source>
        <translation>An alternative, less likely to be right (about %1%): check it before sending</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>About %1% likely to be the right reply</source>
        <translation>About %1% likely to be the right reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="251"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="254"/>
        <source>Send this reply to the chat window</source>
        <translation>Send this reply to the chat window</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="256"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="258"/>
        <source>Fills {%1} in the reply</source>
        <translation>Fills {%1} in the reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="259"/>
        <source>Fill {%1}</source>
        <translation>Fill {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="296"/>
        <source>absolute claim, banned by the advertising law</source>
        <translation>absolute claim, banned by the advertising law</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="297"/>
        <source>takes the trade or payment off the platform</source>
        <translation>takes the trade or payment off the platform</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="298"/>
        <source>a word the shop listed in compliance.txt</source>
        <translation>a word the shop listed in compliance.txt</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="302"/>
        <source>Check before sending: %1</source>
        <translation>Check before sending: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="304"/>
        <source>Insert again to send it as it is.</source>
        <translation>Insert again to send it as it is.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="311"/>
        <source>Save as answer</source>
        <translation>Save as answer</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="312"/>
        <source>Save as answer: propose this reply, as you edited it, for a trainer to review</source>
        <translation>Save as answer: propose this reply, as you edited it, for a trainer to review</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="337"/>
        <source>+%1 similar</source>
        <translation>+%1 similar</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="353"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="355"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="363"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="366"/>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="378"/>
        <source>Trainer view</source>
        <translation>Trainer view</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="379"/>
        <source>Why these cards</source>
        <translation>Why these cards</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="380"/>
        <source>Pending answers</source>
        <translation>Pending answers</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="381"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="382"/>
        <source>What the desk&apos;s feedback log says, as an Excel workbook with charts</source>
        <translation>What the desk&apos;s feedback log says, as an Excel workbook with charts</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="384"/>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="385"/>
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
