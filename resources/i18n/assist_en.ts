<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssistService</name>
    <message>
        <location filename="../../assist/ui/service/service.py" line="192"/>
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
        <location filename="../../assist/ui/windows/main_window.py" line="137"/>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="207"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="261"/>
        <source>No confident suggestion for this message. Answer it yourself, or check the facts below.</source>
        <translation>No confident suggestion for this message. Answer it yourself, or check the facts below.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="264"/>
        <source>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="298"/>
        <source>Fill %1 before inserting</source>
        <translation>Fill %1 before inserting</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="305"/>
        <source>Copied — paste it into the chat</source>
        <translation>Copied — paste it into the chat</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="348"/>
        <source>Agent Assist</source>
        <translation>Agent Assist</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="349"/>
        <source>Reply assistant</source>
        <translation>Reply assistant</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="350"/>
        <source>Keep on top</source>
        <translation>Keep on top</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="351"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="353"/>
        <source>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</source>
        <translation>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="359"/>
        <source>Suggested replies</source>
        <translation>Suggested replies</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="360"/>
        <source>Suggested replies appear here</source>
        <translation>Suggested replies appear here</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="65"/>
        <source>Knowledge problems</source>
        <translation>Knowledge problems</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="67"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="67"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="67"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/problems.py" line="69"/>
        <source>%n problem(s) in the knowledge folder. Fix them in the files; changes load automatically.</source>
        <translation>
            <numerusform>%n problem in the knowledge folder. Fix it in the file; changes load automatically.</numerusform>
            <numerusform>%n problems in the knowledge folder. Fix them in the files; changes load automatically.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="71"/>
        <source>No problems in the knowledge folder.</source>
        <translation>No problems in the knowledge folder.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="72"/>
        <source>Copy all</source>
        <translation>Copy all</translation>
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
        <source>Inserts the best suggestion into the chat window.</source>
        <translation>Inserts the best suggestion into the chat window.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="148"/>
        <source>Paste keys</source>
        <translation>Paste keys</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="149"/>
        <source>Keys sent to the chat window to paste a reply.</source>
        <translation>Keys sent to the chat window to paste a reply.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="154"/>
        <source>Capture wait</source>
        <translation>Capture wait</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="155"/>
        <source>How long the chat window may take to copy the selection.</source>
        <translation>How long the chat window may take to copy the selection.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="160"/>
        <source>Clipboard restore delay</source>
        <translation>Clipboard restore delay</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="161"/>
        <source>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</source>
        <translation>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="167"/>
        <source>Watch clipboard</source>
        <translation>Watch clipboard</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="168"/>
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
        <location filename="../../assist/ui/app.py" line="171"/>
        <source>Settings could not be saved: %1</source>
        <translation>Settings could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="225"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="296"/>
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
        <location filename="../../assist/ui/widgets/cards.py" line="169"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="180"/>
        <source>Past reply</source>
        <translation>Past reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="181"/>
        <source>Product facts</source>
        <translation>Product facts</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="182"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="186"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="186"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="186"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="187"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="191"/>
        <source>An alternative, less likely to be right (about %1%): check it before sending</source>
        <translation>An alternative, less likely to be right (about %1%): check it before sending</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="193"/>
        <source>About %1% likely to be the right reply</source>
        <translation>About %1% likely to be the right reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="196"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="197"/>
        <source>Copy this reply and send it to the chat window</source>
        <translation>Copy this reply and send it to the chat window</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="198"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="200"/>
        <source>Fills {%1} in the reply</source>
        <translation>Fills {%1} in the reply</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="201"/>
        <source>Fill {%1}</source>
        <translation>Fill {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="212"/>
        <source>+%1 similar</source>
        <translation>+%1 similar</translation>
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
