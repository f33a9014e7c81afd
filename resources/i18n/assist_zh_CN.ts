<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssistService</name>
    <message>
        <location filename="../../assist/ui/service/service.py" line="192"/>
        <source>The shop&apos;s model is trained and answers from now on</source>
        <translation>本店模型已训练好，从现在起参与作答</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../assist/platform/messages.py" line="16"/>
        <source>Release the hotkey&apos;s keys to capture the selection.</source>
        <translation>请先松开快捷键，再读取选中的文字。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="18"/>
        <source>Select the buyer&apos;s message in the chat window, then press the capture hotkey there.</source>
        <translation>请在聊天窗口中选中买家的消息，再在那里按读取快捷键。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="21"/>
        <source>Nothing was selected in the chat window (or it did not answer the copy in time).</source>
        <translation>聊天窗口中没有选中文字（或复制没有及时响应）。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="24"/>
        <source>No chat window is known yet (capture a message first); the reply is on the clipboard, paste it yourself.</source>
        <translation>还不知道要插入到哪个聊天窗口（请先读取一条消息）；回复已在剪贴板中，请自行粘贴。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="27"/>
        <source>Release the hotkey&apos;s keys; the reply is on the clipboard.</source>
        <translation>请松开快捷键；回复已在剪贴板中。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="29"/>
        <source>You moved to another window since the capture, so the reply was not pasted; it is on the clipboard.</source>
        <translation>读取消息后您切换到了其他窗口，所以没有粘贴；回复已在剪贴板中。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="32"/>
        <source>Could not bring the chat window back; the reply is on the clipboard.</source>
        <translation>无法切回聊天窗口；回复已在剪贴板中。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="34"/>
        <source>The chat window did not take the focus; the reply is on the clipboard.</source>
        <translation>聊天窗口没有获得焦点；回复已在剪贴板中。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="36"/>
        <source>Capture failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="37"/>
        <source>%1 The reply is on the clipboard.</source>
        <translation>%1 回复已在剪贴板中。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="38"/>
        <source>%1 is already used by another application; choose another hotkey in Settings.</source>
        <translation>%1 已被其他程序占用，请在设置中换一个快捷键。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="40"/>
        <source>The system refused the hotkey %1 (error %2).</source>
        <translation>系统拒绝了快捷键 %1（错误 %2）。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="41"/>
        <source>The hotkey is empty.</source>
        <translation>快捷键为空。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="42"/>
        <source>&apos;%1&apos; is not a valid hotkey; use e.g. Ctrl+Alt+C.</source>
        <translation>“%1”不是有效的快捷键，例如可用 Ctrl+Alt+C。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="43"/>
        <source>&apos;%1&apos; needs a modifier such as Ctrl or Alt.</source>
        <translation>“%1”需要加上 Ctrl 或 Alt 等修饰键。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="44"/>
        <source>The key &apos;%1&apos; does not exist on this keyboard layout.</source>
        <translation>当前键盘布局中没有“%1”键。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="45"/>
        <source>Cannot connect to the X display: %1</source>
        <translation>无法连接 X 显示：%1</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="46"/>
        <source>The X server lacks the XTEST extension needed to send keys.</source>
        <translation>X 服务器缺少模拟按键所需的 XTEST 扩展。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="48"/>
        <source>Windows blocked the simulated key press (is the chat window running as administrator?).</source>
        <translation>Windows 拦截了模拟按键（聊天窗口是否以管理员身份运行？）。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="51"/>
        <source>Global hotkeys are not available to apps on Wayland. Bind the commands &apos;assist capture&apos; and &apos;assist insert 1&apos; to keys in your desktop&apos;s keyboard settings.</source>
        <translation>Wayland 下应用无法使用全局快捷键。请在桌面的键盘设置中为命令“assist capture”和“assist insert 1”绑定按键。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="55"/>
        <source>No display: global hotkeys are not available.</source>
        <translation>没有显示环境：无法使用全局快捷键。</translation>
    </message>
    <message>
        <location filename="../../assist/platform/messages.py" line="56"/>
        <source>Agent Assist needs the Accessibility permission to capture and insert text: open System Settings &gt; Privacy &amp; Security &gt; Accessibility, enable Agent Assist, then restart it.</source>
        <translation>回复助手需要“辅助功能”权限才能读取和插入文字：请打开 系统设置 &gt; 隐私与安全性 &gt; 辅助功能，启用回复助手后重新启动。</translation>
    </message>
</context>
<context>
    <name>CaptureFeature</name>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="51"/>
        <source>Inserted</source>
        <translation>已插入</translation>
    </message>
</context>
<context>
    <name>ContextBox</name>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="99"/>
        <source>Earlier messages (also searched)</source>
        <translation>之前的消息（一起搜索）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="100"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="101"/>
        <source>Forget the earlier messages</source>
        <translation>清除之前的消息</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="64"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="66"/>
        <source>Agent Assist hit an unexpected error. It keeps running, but please copy the details below and send them to support.</source>
        <translation>客服助手遇到了意外错误。程序仍在运行，请复制下面的详细信息发给技术支持。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="68"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="79"/>
        <source>Facts behind the replies</source>
        <translation>回复依据</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="80"/>
        <source>Product and policy snippets that match appear here.</source>
        <translation>匹配的商品和政策资料会显示在这里。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="137"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="207"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="261"/>
        <source>No confident suggestion for this message. Answer it yourself, or check the facts below.</source>
        <translation>这条消息没有把握足够的建议回复。请自行回复，或参考下方资料。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="264"/>
        <source>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>这条消息没有把握足够的建议回复，也没有匹配的资料。请自行回复，或把它补充到知识库。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="298"/>
        <source>Fill %1 before inserting</source>
        <translation>请先填写 %1 再插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="305"/>
        <source>Copied — paste it into the chat</source>
        <translation>已复制，可粘贴到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="348"/>
        <source>Agent Assist</source>
        <translation>客服助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="349"/>
        <source>Reply assistant</source>
        <translation>回复助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="350"/>
        <source>Keep on top</source>
        <translation>窗口置顶</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="351"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="353"/>
        <source>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</source>
        <translation>粘贴或输入买家消息。回车搜索，Shift+回车换行。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="359"/>
        <source>Suggested replies</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="360"/>
        <source>Suggested replies appear here</source>
        <translation>建议回复会显示在这里</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="65"/>
        <source>Knowledge problems</source>
        <translation>知识库问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="67"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="67"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="67"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/problems.py" line="69"/>
        <source>%n problem(s) in the knowledge folder. Fix them in the files; changes load automatically.</source>
        <translation>
            <numerusform>知识库中有 %n 个问题。请在文件中修改，保存后会自动重新加载。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="71"/>
        <source>No problems in the knowledge folder.</source>
        <translation>知识库没有问题。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="72"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="95"/>
        <source>Knowledge folder</source>
        <translation>知识库文件夹</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="96"/>
        <source>Folder with product pages, policies and past replies. Empty uses the bundled sample.</source>
        <translation>存放商品页、店铺政策和历史回复的文件夹。留空则使用自带示例。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="101"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="102"/>
        <source>Sentence-embedding model. Empty uses the bundled model.</source>
        <translation>句向量模型。留空则使用自带模型。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="106"/>
        <source>Dock edge</source>
        <translation>停靠位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="107"/>
        <source>Screen edge the sidebar sits against.</source>
        <translation>侧边栏停靠在屏幕的哪一侧。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="108"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="109"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="113"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="114"/>
        <source>Screen to dock on. Empty uses the primary screen.</source>
        <translation>停靠在哪个屏幕。留空则使用主屏幕。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="118"/>
        <source>Always on top</source>
        <translation>始终置顶</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="119"/>
        <source>Keep the sidebar above the chat window.</source>
        <translation>让侧边栏保持在聊天窗口上方。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="123"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="124"/>
        <source>Colours of the sidebar.</source>
        <translation>侧边栏的配色。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="125"/>
        <location filename="../../assist/ui/settings/model.py" line="133"/>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="126"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="127"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="131"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="132"/>
        <source>Language of the sidebar.</source>
        <translation>侧边栏的界面语言。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="138"/>
        <source>Capture hotkey</source>
        <translation>抓取快捷键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="139"/>
        <source>Reads the buyer&apos;s latest message from the chat window.</source>
        <translation>从聊天窗口读取买家的最新消息。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="143"/>
        <source>Insert hotkey</source>
        <translation>插入快捷键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="144"/>
        <source>Inserts the best suggestion into the chat window.</source>
        <translation>把最佳建议回复插入聊天窗口。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="148"/>
        <source>Paste keys</source>
        <translation>粘贴按键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="149"/>
        <source>Keys sent to the chat window to paste a reply.</source>
        <translation>向聊天窗口发送哪个按键来粘贴回复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="154"/>
        <source>Capture wait</source>
        <translation>读取等待时间</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="155"/>
        <source>How long the chat window may take to copy the selection.</source>
        <translation>聊天窗口复制选中文字最多可以用多长时间。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="160"/>
        <source>Clipboard restore delay</source>
        <translation>剪贴板恢复延迟</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="161"/>
        <source>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</source>
        <translation>粘贴回复后，给较慢的聊天软件留出读取时间，然后再恢复您原来的剪贴板内容。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="167"/>
        <source>Watch clipboard</source>
        <translation>监听剪贴板</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="168"/>
        <source>Search whenever text is copied in the chat window.</source>
        <translation>在聊天窗口复制文字时自动搜索。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="135"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="148"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="153"/>
        <source>(Locked by your administrator.)</source>
        <translation>（已被管理员锁定。）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="159"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="160"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="167"/>
        <source>Primary screen</source>
        <translation>主屏幕</translation>
    </message>
</context>
<context>
    <name>ShopModel</name>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="154"/>
        <source>The shop&apos;s model could not be loaded: %1</source>
        <translation>本店模型无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="185"/>
        <source>Too few question–reply pairs to train the shop&apos;s model: add past replies (question and reply columns) to the knowledge folder.</source>
        <translation>问答对太少，无法训练本店模型：请在知识库中补充历史回复（问题、回复两列）。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="192"/>
        <source>The shop&apos;s model could not be trained: %1</source>
        <translation>本店模型训练失败：%1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../assist/ui/app.py" line="171"/>
        <source>Settings could not be saved: %1</source>
        <translation>设置无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="225"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="296"/>
        <source>Commands from &apos;assist capture&apos; will not reach this window.</source>
        <translation>“assist capture”等命令无法发送到此窗口。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="113"/>
        <source>%n snippet(s)</source>
        <translation>
            <numerusform>%n 条资料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="110"/>
        <source>Loading knowledge…</source>
        <translation>正在加载知识库…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="112"/>
        <source>Knowledge could not be loaded: %1</source>
        <translation>知识库无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="118"/>
        <source>keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="118"/>
        <source>general model</source>
        <translation>通用模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="119"/>
        <source>shop model</source>
        <translation>本店模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="127"/>
        <source>Ready: %1</source>
        <translation>可用：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="130"/>
        <source>No confident suggestion (searched: %1)</source>
        <translation>没有把握足够的建议（已用%1搜索）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="131"/>
        <source>%1 answered</source>
        <translation>由%1作答</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="137"/>
        <source>indexing %1/%2…</source>
        <translation>正在建立索引 %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="139"/>
        <source>loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="141"/>
        <source>starting to train the shop&apos;s model…</source>
        <translation>准备训练本店模型…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="143"/>
        <source>training the shop&apos;s model %1/%2…</source>
        <translation>正在训练本店模型 %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="146"/>
        <source>general model failed: %1</source>
        <translation>通用模型加载失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="157"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="158"/>
        <source>Show problems found in the knowledge files</source>
        <translation>查看知识库文件中的问题</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="169"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="180"/>
        <source>Past reply</source>
        <translation>历史回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="181"/>
        <source>Product facts</source>
        <translation>商品资料</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="182"/>
        <source>Template</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="186"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="186"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="186"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="187"/>
        <source>Alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="191"/>
        <source>An alternative, less likely to be right (about %1%): check it before sending</source>
        <translation>备选回复，把握较低（约 %1%）：发送前请核对</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="193"/>
        <source>About %1% likely to be the right reply</source>
        <translation>约 %1% 的把握是合适的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="196"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="197"/>
        <source>Copy this reply and send it to the chat window</source>
        <translation>复制这条回复并发送到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="198"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="200"/>
        <source>Fills {%1} in the reply</source>
        <translation>填入回复中的 {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="201"/>
        <source>Fill {%1}</source>
        <translation>填写 {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="212"/>
        <source>+%1 similar</source>
        <translation>另有 %1 条相似</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="43"/>
        <source>Agent Assist</source>
        <translation>客服助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="44"/>
        <source>Show / hide</source>
        <translation>显示/隐藏</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="45"/>
        <source>Pause capture</source>
        <translation>暂停抓取</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="46"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/tray.py" line="47"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>
