<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssistService</name>
    <message>
        <location filename="../../assist/ui/service/service.py" line="193"/>
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
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="112"/>
        <source>Capture and insert are paused</source>
        <translation>采集和插入已暂停</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="116"/>
        <source>Here are the replies: press the key again to insert</source>
        <translation>回复已显示：再按一次快捷键即可插入</translation>
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
    <name>DeskFeedback</name>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="187"/>
        <source>There is no feedback log yet: it fills as agents use the cards.</source>
        <translation>还没有反馈日志：客服使用卡片后才会记录。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="202"/>
        <source>The feedback log is off for this session: %1</source>
        <translation>本次会话的反馈日志已关闭：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="220"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="93"/>
        <source>Explaining…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="94"/>
        <source>Explaining, once the engine has finished its current work…</source>
        <translation>引擎完成当前任务后开始分析…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="102"/>
        <source>Explain failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="110"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="111"/>
        <source>Fused</source>
        <translation>融合分</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Matched words</source>
        <translation>匹配的词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="113"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="155"/>
        <source>shown</source>
        <translation>已显示</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="155"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="156"/>
        <source>below cut-off</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="156"/>
        <source>not shown</source>
        <translation>未显示</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="160"/>
        <source>strong</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="160"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="161"/>
        <source>weak</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="164"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="164"/>
        <source>General model</source>
        <translation>通用模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="165"/>
        <source>Shop model</source>
        <translation>店铺模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="172"/>
        <source>shown as card %1</source>
        <translation>显示为第 %1 张卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="174"/>
        <source>says the same as card %1, listed as one of its sources</source>
        <translation>与第 %1 张卡片内容相同，已列为其来源之一</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="177"/>
        <source>no card shown: the message looks unanswered by this folder (gate %1 &lt; %2)</source>
        <translation>未显示卡片：知识库似乎无法回答此消息（门控 %1 &lt; %2）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="181"/>
        <source>no card shown: the best confidence is below the cut-off %1</source>
        <translation>未显示卡片：最高置信度低于阈值 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="184"/>
        <source>ranked too low to be given a confidence</source>
        <translation>排名太靠后，未计算置信度</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="187"/>
        <source>ranked below the %1 cards shown</source>
        <translation>排在已显示的 %1 张卡片之后</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="189"/>
        <source>generic reply</source>
        <translation>通用回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="190"/>
        <source>does not fit a complaint</source>
        <translation>不适合回应投诉</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="191"/>
        <source>product introduction</source>
        <translation>商品介绍</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="192"/>
        <source>; lowered as %1</source>
        <translation>；因%1被降权</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="195"/>
        <source>; compliance warning</source>
        <translation>；有合规提示</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="199"/>
        <source>Answered: cards are shown</source>
        <translation>已回答：显示了卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="200"/>
        <source>Not answered: no card is shown</source>
        <translation>未回答：没有显示卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="201"/>
        <source>Cut-off %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="203"/>
        <source>gate %1 (needs %2)</source>
        <translation>门控 %1（需要 %2）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="205"/>
        <source>Channels: %1</source>
        <translation>检索通道：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="209"/>
        <source>Double-click a row to open its file at the line.</source>
        <translation>双击一行可在对应行打开文件。</translation>
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
        <location filename="../../assist/ui/windows/main_window.py" line="156"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="236"/>
        <source>There is no suggestion %1 to insert</source>
        <translation>没有第 %1 条建议可插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="250"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="305"/>
        <source>No confident suggestion for this message. Answer it yourself, or check the facts below.</source>
        <translation>这条消息没有把握足够的建议回复。请自行回复，或参考下方资料。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="308"/>
        <source>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>这条消息没有把握足够的建议回复，也没有匹配的资料。请自行回复，或把它补充到知识库。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="346"/>
        <source>Fill %1 in card %2 before inserting</source>
        <translation>插入前请先填写第 %2 张卡片中的 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="356"/>
        <source>Copied — paste it into the chat</source>
        <translation>已复制，可粘贴到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="399"/>
        <source>Agent Assist</source>
        <translation>客服助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="400"/>
        <source>Reply assistant</source>
        <translation>回复助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="401"/>
        <source>Keep on top</source>
        <translation>窗口置顶</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="402"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="403"/>
        <source>Capture paused</source>
        <translation>采集已暂停</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="404"/>
        <source>The capture and insert hotkeys do nothing while paused. Click to resume.</source>
        <translation>暂停期间采集和插入快捷键不起作用。点击恢复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="407"/>
        <source>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</source>
        <translation>粘贴或输入买家消息。回车搜索，Shift+回车换行。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="414"/>
        <source>Suggested replies</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="415"/>
        <source>Suggested replies appear here</source>
        <translation>建议回复会显示在这里</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="516"/>
        <source>Saved for review in %1</source>
        <translation>已保存待审核：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="517"/>
        <source>This answer already waits for review</source>
        <translation>这条答案已在等待审核</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="551"/>
        <source>Trainer view: why these cards, answers waiting for review, report</source>
        <translation>培训视图：卡片排序原因、待审核答案、报表</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="553"/>
        <source>Save my reply as an answer…</source>
        <translation>把我的回复保存为答案…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="554"/>
        <source>Write the reply you send for this message; a trainer reviews it before it is suggested</source>
        <translation>写下您对这条消息的回复；培训师审核后才会作为建议出现</translation>
    </message>
</context>
<context>
    <name>PendingPanel</name>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="286"/>
        <source>%n answer(s) approved: they are suggestions from now on</source>
        <translation>
            <numerusform>已通过 %n 条答案：从现在起会作为建议出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="290"/>
        <source>%n answer(s) rejected</source>
        <translation>
            <numerusform>已拒绝 %n 条答案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="296"/>
        <source>Select the answers first.</source>
        <translation>请先选择答案。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="313"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="314"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="315"/>
        <source>Move the selected answers into resolutions/; they are suggestions from then on</source>
        <translation>把选中的答案移入 resolutions/；之后会作为建议出现</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="317"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="318"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="323"/>
        <source>%n answer(s) wait for review. Select rows, then approve or reject them; double-click opens the file.</source>
        <translation>
            <numerusform>有 %n 条答案等待审核。选中行后点击通过或拒绝；双击可打开文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="325"/>
        <source>No answers wait for review.</source>
        <translation>没有等待审核的答案。</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="82"/>
        <source>Knowledge problems</source>
        <translation>知识库问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/problems.py" line="86"/>
        <source>%n problem(s) in the knowledge folder. Fix them in the files; changes load automatically.</source>
        <translation>
            <numerusform>知识库中有 %n 个问题。请在文件中修改，保存后会自动重新加载。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="88"/>
        <source>No problems in the knowledge folder.</source>
        <translation>知识库没有问题。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="89"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="91"/>
        <source>Double-click a row to open its file at that line</source>
        <translation>双击一行可在对应行打开文件</translation>
    </message>
</context>
<context>
    <name>SaveAnswerDialog</name>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="59"/>
        <source>Save as answer</source>
        <translation>保存为答案</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="60"/>
        <source>Buyer&apos;s question</source>
        <translation>买家问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="61"/>
        <source>Reply to propose</source>
        <translation>建议的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="62"/>
        <source>The reply you would send to this question</source>
        <translation>您会对这个问题发送的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="63"/>
        <source>It waits in the knowledge folder&apos;s pending/ until a trainer approves it. Phone and order numbers, addresses and names are masked before it is saved.</source>
        <translation>答案会保存在知识库的 pending/ 中，等待培训师审核。保存前会隐去手机号、订单号、地址和姓名。</translation>
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
        <source>Inserts the card you are editing, or else the best suggestion, into the chat window.</source>
        <translation>把正在编辑的卡片（否则为最佳建议）插入聊天窗口。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="149"/>
        <source>Card hotkeys</source>
        <translation>卡片快捷键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="150"/>
        <source>These keys with a card&apos;s number (1-5) insert that card from the chat window.</source>
        <translation>在聊天窗口中按这些键加卡片编号（1-5）即可插入该卡片。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="153"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="181"/>
        <source>Feedback log</source>
        <translation>反馈日志</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="182"/>
        <source>Keep a local log of which replies were used (personal data masked; it never leaves this PC unless exported).</source>
        <translation>在本机记录使用了哪些回复（个人信息已隐去；除非导出，不会离开这台电脑）。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="157"/>
        <source>Paste keys</source>
        <translation>粘贴按键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="158"/>
        <source>Keys sent to the chat window to paste a reply.</source>
        <translation>向聊天窗口发送哪个按键来粘贴回复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="163"/>
        <source>Capture wait</source>
        <translation>读取等待时间</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="164"/>
        <source>How long the chat window may take to copy the selection.</source>
        <translation>聊天窗口复制选中文字最多可以用多长时间。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="169"/>
        <source>Clipboard restore delay</source>
        <translation>剪贴板恢复延迟</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="170"/>
        <source>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</source>
        <translation>粘贴回复后，给较慢的聊天软件留出读取时间，然后再恢复您原来的剪贴板内容。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="176"/>
        <source>Watch clipboard</source>
        <translation>监听剪贴板</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="177"/>
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
        <location filename="../../assist/ui/app.py" line="178"/>
        <source>Settings could not be saved: %1</source>
        <translation>设置无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="237"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="309"/>
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
        <location filename="../../assist/ui/widgets/cards.py" line="225"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="236"/>
        <source>Past reply</source>
        <translation>历史回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="237"/>
        <source>Product facts</source>
        <translation>商品资料</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="238"/>
        <source>Template</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="242"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="242"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="242"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="243"/>
        <source>Alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="247"/>
        <source>An alternative, less likely to be right (about %1%): check it before sending</source>
        <translation>备选回复，把握较低（约 %1%）：发送前请核对</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>About %1% likely to be the right reply</source>
        <translation>约 %1% 的把握是合适的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="251"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="254"/>
        <source>Send this reply to the chat window</source>
        <translation>把这条回复发送到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="256"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="258"/>
        <source>Fills {%1} in the reply</source>
        <translation>填入回复中的 {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="259"/>
        <source>Fill {%1}</source>
        <translation>填写 {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="296"/>
        <source>absolute claim, banned by the advertising law</source>
        <translation>绝对化用语，广告法禁止</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="297"/>
        <source>takes the trade or payment off the platform</source>
        <translation>引导站外交易或付款</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="298"/>
        <source>a word the shop listed in compliance.txt</source>
        <translation>店铺在 compliance.txt 中列出的禁用词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="302"/>
        <source>Check before sending: %1</source>
        <translation>发送前请检查：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="304"/>
        <source>Insert again to send it as it is.</source>
        <translation>再次插入即按原样发送。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="311"/>
        <source>Save as answer</source>
        <translation>保存为答案</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="312"/>
        <source>Save as answer: propose this reply, as you edited it, for a trainer to review</source>
        <translation>保存为答案：把这条回复（含您的修改）提交给培训师审核</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="337"/>
        <source>+%1 similar</source>
        <translation>另有 %1 条相似</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="353"/>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="355"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="363"/>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="366"/>
        <source>Report saved to %1</source>
        <translation>报表已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="378"/>
        <source>Trainer view</source>
        <translation>培训视图</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="379"/>
        <source>Why these cards</source>
        <translation>卡片排序原因</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="380"/>
        <source>Pending answers</source>
        <translation>待审核答案</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="381"/>
        <source>Report…</source>
        <translation>报表…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="382"/>
        <source>What the desk&apos;s feedback log says, as an Excel workbook with charts</source>
        <translation>把客服反馈日志汇总为带图表的 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="384"/>
        <source>Explain</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="385"/>
        <source>A buyer message, as the sidebar gets it</source>
        <translation>一条买家消息，和侧边栏收到的一样</translation>
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
