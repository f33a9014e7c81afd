<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssistService</name>
    <message>
        <location filename="../../assist/ui/service/service.py" line="219"/>
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
        <location filename="../../assist/ui/desktop/capture.py" line="52"/>
        <source>Inserted</source>
        <translation>已插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="118"/>
        <source>Capture and insert are paused</source>
        <translation>读取和插入已暂停</translation>
    </message>
    <message>
        <location filename="../../assist/ui/desktop/capture.py" line="122"/>
        <source>Here are the replies: press the key again to insert</source>
        <translation>建议回复在这里：再按一次快捷键即可插入</translation>
    </message>
</context>
<context>
    <name>ContextBox</name>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="99"/>
        <source>Earlier messages from %1 (also searched)</source>
        <translation>%1 之前的消息（一起搜索）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="100"/>
        <source>Earlier messages (also searched)</source>
        <translation>之前的消息（一起搜索）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="101"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/inputs.py" line="102"/>
        <source>Forget the earlier messages</source>
        <translation>清除之前的消息</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../assist/messages.py" line="86"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../assist/trainer/compliance.py" line="97"/>
        <source>&apos;%1&apos;: %2 (%3)</source>
        <translation>“%1”：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/channels.py" line="77"/>
        <source>not ready</source>
        <translation>尚未就绪</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/channels.py" line="83"/>
        <source>can read only %1 of this message; left out</source>
        <translation>只能读懂这条消息的 %1，未参与搜索</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="182"/>
        <source>cannot load the shop&apos;s model in %1: %2: %3</source>
        <translation>无法加载 %1 中的本店模型：%2：%3</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="227"/>
        <source>cannot run the ONNX model for %1: %2: %3</source>
        <translation>无法运行 %1 的 ONNX 模型：%2：%3</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="274"/>
        <source>cannot load the embedding model in %1: %2: %3</source>
        <translation>无法加载 %1 中的向量模型：%2：%3</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="383"/>
        <source>model folder %1 does not exist</source>
        <translation>模型文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/embedder.py" line="386"/>
        <source>%1 is not a sentence-transformers model folder (no modules.json or config.json)</source>
        <translation>%1 不是 sentence-transformers 模型文件夹（没有 modules.json 或 config.json）</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="248"/>
        <source>the saved index is being written by another process; rebuilding</source>
        <translation>已保存的索引正被另一个进程写入；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="253"/>
        <source>the saved index is from another version of Agent Assist; rebuilding</source>
        <translation>已保存的索引来自其他版本的客服助手；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="254"/>
        <source>the saved index&apos;s manifest is damaged (%1); rebuilding</source>
        <translation>已保存索引的清单文件已损坏（%1）；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="258"/>
        <source>the saved index could not be read (%1); rebuilding</source>
        <translation>无法读取已保存的索引（%1）；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="267"/>
        <source>the saved index was made with another model; rebuilding</source>
        <translation>已保存的索引是用其他模型建立的；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="274"/>
        <source>the saved index file is damaged or incomplete; rebuilding</source>
        <translation>已保存的索引文件已损坏或不完整；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/vector_index.py" line="280"/>
        <source>the saved index does not match its manifest; rebuilding</source>
        <translation>已保存的索引与其清单不符；正在重建</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="256"/>
        <source>could not save the index (%1)</source>
        <translation>索引保存失败（%1）</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="404"/>
        <location filename="../../assist/engine.py" line="411"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="411"/>
        <source>not ready yet</source>
        <translation>还未就绪</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="412"/>
        <location filename="../../assist/adapt/store.py" line="155"/>
        <source>no trained model for this folder yet</source>
        <translation>这个知识库还没有训练好的模型</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="458"/>
        <source>The message is about %1, where this shop does not sell.</source>
        <translation>这条消息说的是%1上的事，本店不在那里销售。</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="463"/>
        <source>The message is about the buyer&apos;s %1 account, which the shop cannot see.</source>
        <translation>这条消息问的是买家自己的%1账号，店铺看不到。</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="468"/>
        <source>The message does not read like a question for a shop.</source>
        <translation>这条消息不像是问店铺的问题。</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="474"/>
        <source>The knowledge folder never mentions %1.</source>
        <translation>资料里没有提到“%1”。</translation>
    </message>
    <message>
        <location filename="../../assist/engine.py" line="476"/>
        <source>No suggestion is confident enough for this message.</source>
        <translation>这条消息没有把握足够的建议回复。</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="59"/>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="94"/>
        <source>needs a JSON object per line</source>
        <translation>每行需要一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="97"/>
        <source>needs a non-empty &quot;question&quot;</source>
        <translation>需要填写非空的 &quot;question&quot;</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="102"/>
        <source>&quot;expected&quot; must be a list of snippet ids (or one id as text)</source>
        <translation>&quot;expected&quot; 必须是资料编号的列表（或一个编号文本）</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="105"/>
        <source>&quot;expected_reply&quot; must be text</source>
        <translation>&quot;expected_reply&quot; 必须是文本</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="107"/>
        <source>needs &quot;expected&quot; ids or an &quot;expected_reply&quot;</source>
        <translation>需要 &quot;expected&quot; 编号或 &quot;expected_reply&quot;</translation>
    </message>
    <message>
        <location filename="../../assist/evaluate.py" line="157"/>
        <source>expected id &apos;%1&apos; is not in the knowledge folder</source>
        <translation>期望的编号“%1”不在知识库中</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/runner.py" line="72"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/runner.py" line="91"/>
        <source>training cancelled; the previous model stays in use</source>
        <translation>训练已取消；继续使用原来的模型</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/runner.py" line="95"/>
        <source>training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="98"/>
        <source>its manifest is damaged (%1)</source>
        <translation>它的清单文件已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="154"/>
        <source>the trained model cannot be used: %1</source>
        <translation>训练好的模型无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="157"/>
        <source>%1 snippets changed since it was trained</source>
        <translation>训练后已有 %1 条资料发生变化</translation>
    </message>
    <message>
        <location filename="../../assist/adapt/store.py" line="162"/>
        <source>it was trained before the shop check; training again adds it</source>
        <translation>训练时还没有“是否店铺问题”的判断，重新训练后会加上</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="38"/>
        <source>knowledge folder does not exist</source>
        <translation>知识库文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="68"/>
        <source>id &apos;%1&apos; is already used at %2; this entry was skipped</source>
        <translation>编号“%1”已在 %2 使用；已跳过这一条</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="78"/>
        <source>the folder holds more than %1 entries; this one and the rest were not loaded</source>
        <translation>知识库超过 %1 条资料；这一条及之后的都没有加载</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="107"/>
        <source>file ran out of memory reading this file; split it into smaller files</source>
        <translation>读取这个文件时内存不足；请把它拆成几个小文件</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="109"/>
        <source>file is nested too deeply to read; simplify its structure</source>
        <translation>文件嵌套层级太深，无法读取；请简化它的结构</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="112"/>
        <source>file could not be read (%1: %2); the rest of the folder loaded. Save the file again; if that does not help, report it</source>
        <translation>文件无法读取（%1：%2）；知识库中的其他文件已正常加载。请重新保存这个文件；如果仍然不行，请报告给技术支持</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="123"/>
        <source>could not be read (%1: %2)</source>
        <translation>无法读取（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="137"/>
        <source>%1 more problems in this file are not listed; fix the ones above first</source>
        <translation>这个文件还有 %1 个问题没有列出；请先修改上面的问题</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="152"/>
        <source>Excel lock file (the workbook is open in Excel); ignored</source>
        <translation>Excel 锁定文件（工作簿正在 Excel 中打开）；已忽略</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="178"/>
        <source>old Excel .xls format cannot be read; open it in Excel and save as .xlsx</source>
        <translation>无法读取旧版 Excel .xls 格式；请用 Excel 打开并另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="192"/>
        <source>&apos;%1&apos; files are not knowledge; use Markdown (.md), CSV or Excel (.xlsx). Skipped</source>
        <translation>“%1”文件不是知识库文件；请使用 Markdown（.md）、CSV 或 Excel（.xlsx）。已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="215"/>
        <source>cannot read shop settings: %1</source>
        <translation>无法读取店铺设置：%1</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="220"/>
        <source>shop settings must be &apos;key: value&apos; lines</source>
        <translation>店铺设置必须是“键: 值”（key: value）格式的行</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="240"/>
        <source>&apos;platforms&apos; must list where the shop sells, such as [淘宝, 抖音]; using 淘宝、天猫</source>
        <translation>“platforms”应列出本店销售的平台，例如 [淘宝, 抖音]；现按淘宝、天猫处理</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="264"/>
        <source>group has %1 words, more than the %2 a group may have; it was skipped. Put each concept on its own line</source>
        <translation>这一组有 %1 个词，超过每组最多 %2 个；已跳过。请每个意思单独写一行</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/loader.py" line="283"/>
        <source>link points outside the knowledge folder; it was not read. Copy the file into the folder instead</source>
        <translation>链接指向知识库文件夹以外；没有读取。请把文件复制到知识库文件夹中</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="46"/>
        <source>file is binary, not text (was it saved in the wrong format?)</source>
        <translation>文件是二进制文件，不是文本（是否保存成了错误的格式？）</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="54"/>
        <source>file contains NUL bytes from line %1 on, so it is damaged or not text; open it, check the end of the file and save it again</source>
        <translation>文件从第 %1 行起含有空字节（NUL），已损坏或不是文本；请打开它，检查文件末尾后重新保存</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="67"/>
        <location filename="../../assist/knowledge/workbook.py" line="97"/>
        <source>you do not have permission to read this file; change its permissions or copy it</source>
        <translation>您没有读取这个文件的权限；请修改它的权限或复制一份</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="71"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="73"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="77"/>
        <source>file is %1, larger than the %2 a knowledge file may be; split it</source>
        <translation>文件大小为 %1，超过知识库文件上限 %2；请拆分</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="90"/>
        <source>%1 file ends in the middle of a character on line %2: it was cut off while saving; save it again</source>
        <translation>%1 文件在第 %2 行的一个字符中间结束：保存时被截断了；请重新保存</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="95"/>
        <source>%1 text is damaged on line %2 (%3); save the file again as UTF-8</source>
        <translation>%1 文本在第 %2 行损坏（%3）；请重新保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/textfile.py" line="107"/>
        <source>cannot read the text encoding; save the file as UTF-8</source>
        <translation>无法识别文本编码；请把文件保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/safeyaml.py" line="17"/>
        <source>uses a YAML alias (*name); aliases are not allowed here, write the value out in full</source>
        <translation>使用了 YAML 别名（*name）；这里不允许使用别名，请写出完整的值</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/safeyaml.py" line="27"/>
        <source>the settings are %1 characters long, more than the %2 allowed; they are meant for a few short lines</source>
        <translation>设置共 %1 个字符，超过上限 %2；设置只需要简短的几行</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/safeyaml.py" line="37"/>
        <source>values are nested too deeply</source>
        <translation>值的嵌套层级太深</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="26"/>
        <source>open it in Excel and save it again as .xlsx</source>
        <translation>请用 Excel 打开并重新保存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="49"/>
        <source>cannot open as an Excel workbook (%1); it may be damaged or only half saved: %2</source>
        <translation>无法作为 Excel 工作簿打开（%1）；文件可能已损坏或没有保存完整：%2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="80"/>
        <source>sheet &apos;%1&apos; is damaged after row %2 (%3); the rows before it loaded: %4</source>
        <translation>工作表“%1”在第 %2 行之后已损坏（%3）；之前的行已加载：%4</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="82"/>
        <source>the sheet is damaged after row %1 (%2); the rows before it loaded: %3</source>
        <translation>工作表在第 %1 行之后已损坏（%2）；之前的行已加载：%3</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="92"/>
        <source>workbook is larger than %1 MB; split it into several files</source>
        <translation>工作簿超过 %1 MB；请拆分成几个文件</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="100"/>
        <source>cannot open as an Excel workbook (%1); it is not a complete .xlsx file (perhaps cut off while saving): %2</source>
        <translation>无法作为 Excel 工作簿打开（%1）；它不是完整的 .xlsx 文件（可能保存时被截断）：%2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="104"/>
        <source>workbook unpacks to %1 MB, more than the %2 MB a knowledge workbook may hold; split it into several files or delete unused sheets</source>
        <translation>工作簿解压后有 %1 MB，超过知识库工作簿上限 %2 MB；请拆分成几个文件，或删除不用的工作表</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="111"/>
        <source>workbook part &apos;%1&apos; unpacks to %2 MB, more than the %3 MB allowed; split the workbook</source>
        <translation>工作簿中的“%1”部分解压后有 %2 MB，超过上限 %3 MB；请拆分工作簿</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/workbook.py" line="120"/>
        <source>workbook sheet &apos;%1&apos; is large (%2 MB unpacked) and does not record its size, so it cannot be read row by row; %3 (Excel records the size)</source>
        <translation>工作表“%1”很大（解压后 %2 MB）且没有记录自身尺寸，无法逐行读取；%3（Excel 会记录尺寸）</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="76"/>
        <source>missing column %1 (found: %2); name them question/reply or 问题/回复</source>
        <translation>缺少 %1 列（现有：%2）；请把列名写成 question/reply 或 问题/回复</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="94"/>
        <source>row has %1 cells but the header has %2; the cells past the last column were ignored. A comma inside a reply needs quotes around the whole reply (or use the Chinese comma ，)</source>
        <translation>这一行有 %1 个单元格，但表头只有 %2 列；超出最后一列的单元格已忽略。回复中有英文逗号时，需要给整条回复加上引号（或改用中文逗号，）</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="130"/>
        <source>row has a reply but no question; skipped</source>
        <translation>这一行有回复但没有问题；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="132"/>
        <source>question &apos;%1&apos; has an empty reply; skipped</source>
        <translation>问题“%1”的回复为空；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="136"/>
        <source>the %1 cell is %2 characters long, more than the %3 a cell may have; the row was skipped</source>
        <translation>%1 单元格有 %2 个字符，超过单元格上限 %3；这一行已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="143"/>
        <source>sheet &apos;%1&apos;: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/tables.py" line="158"/>
        <source>the file has more than %1 rows; this row and those after it were not read. Split it into several files</source>
        <translation>文件超过 %1 行；这一行及之后的行没有读取。请拆分成几个文件</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="53"/>
        <source>the knowledge folder holds more than %1 files; this one and the rest were not read</source>
        <translation>知识库文件夹超过 %1 个文件；这个文件及之后的都没有读取</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="68"/>
        <source>folder is nested %1 levels deep, more than the %2 allowed; nothing inside it was read. Move its files up</source>
        <translation>文件夹嵌套了 %1 层，超过上限 %2 层；其中的内容都没有读取。请把文件移到上层</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="75"/>
        <source>link points to nothing; it was skipped</source>
        <translation>链接指向的文件不存在；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="77"/>
        <source>not a regular file (a pipe, socket or device); it was skipped</source>
        <translation>不是普通文件（管道、套接字或设备）；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="103"/>
        <source>folder holds more than %1 entries; only %1 were looked at</source>
        <translation>文件夹中超过 %1 项；只查看了前 %1 项</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="111"/>
        <source>you do not have permission to open it</source>
        <translation>您没有打开它的权限</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="113"/>
        <source>it cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="119"/>
        <source>folder skipped: %1; change its permissions or move its files</source>
        <translation>已跳过文件夹：%1；请修改它的权限或移走其中的文件</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="134"/>
        <source>link loops back on itself; it was skipped</source>
        <translation>链接循环指向自身；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/walk.py" line="142"/>
        <source>link points outside the knowledge folder; it was not followed. Copy the file into the folder instead</source>
        <translation>链接指向知识库文件夹以外；没有跟随。请把文件复制到知识库文件夹中</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="58"/>
        <source>front matter &apos;kind&apos; must be &apos;knowledge&apos; or &apos;template&apos;, not %1; read as knowledge</source>
        <translation>页首设置中的 kind 必须是 knowledge 或 template，而不是 %1；已按 knowledge 读取</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="75"/>
        <source>page has more than %1 sections; the rest were not read. Split it into several pages</source>
        <translation>页面超过 %1 个小节；其余的没有读取。请拆分成几个页面</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="94"/>
        <source>section &apos;%1&apos; is empty; skipped</source>
        <translation>小节“%1”是空的；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="104"/>
        <source>section is %1 characters long, more than the %2 one entry may have; it was skipped. Split it under more ## headings</source>
        <translation>这个小节有 %1 个字符，超过单条资料上限 %2；已跳过。请用更多 ## 标题拆分</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="117"/>
        <source>heading &apos;%1&apos; repeats the one on line %2; its id gets a suffix, rename it to keep ids stable</source>
        <translation>标题“%1”与第 %2 行的标题重复；它的编号会加上后缀，请改名以保持编号稳定</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="152"/>
        <source>front matter starts with &apos;---&apos; but never ends; add a closing &apos;---&apos; line</source>
        <translation>页首设置以 &apos;---&apos; 开始但没有结束；请加上一行 &apos;---&apos; 作为结尾</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="165"/>
        <source>front matter is not valid YAML (%1); the page was skipped</source>
        <translation>页首设置不是有效的 YAML（%1）；已跳过这个页面</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="172"/>
        <source>front matter must be &apos;key: value&apos; lines; the page was skipped</source>
        <translation>页首设置必须是“键: 值”（key: value）格式的行；已跳过这个页面</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="188"/>
        <location filename="../../assist/knowledge/csvrows.py" line="135"/>
        <source>line is %1 characters long, more than the %2 a line may have; it was skipped</source>
        <translation>这一行有 %1 个字符，超过每行上限 %2；已跳过</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/markdown.py" line="205"/>
        <source>front matter &apos;%1&apos; should be a list; ignored</source>
        <translation>页首设置中的 %1 应该是列表；已忽略</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="53"/>
        <source>a quoted cell could not be read (%1); %2</source>
        <translation>带引号的单元格无法读取（%1）；%2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="59"/>
        <source>a quote (&quot;) at the start of a cell %1; %2</source>
        <translation>单元格开头的引号（&quot;）%1；%2</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="68"/>
        <source>the quote was read as a plain character and the lines after it as rows of their own. Remove the stray quote, or put the whole cell in quotes</source>
        <translation>这个引号已按普通字符读取，后面的行各自作为单独的行读取。请删除多余的引号，或给整个单元格加上引号</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="78"/>
        <source>never closes, swallowing the %1 lines after it</source>
        <translation>一直没有闭合，吞掉了后面的 %1 行</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="80"/>
        <source>runs over %1 lines, more than the %2 a cell may span</source>
        <translation>跨越了 %1 行，超过单元格最多可跨的 %2 行</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="85"/>
        <source>closes %1 lines further down, but not at the end of a cell</source>
        <translation>在 %1 行之后才闭合，且不在单元格末尾</translation>
    </message>
    <message>
        <location filename="../../assist/knowledge/csvrows.py" line="89"/>
        <source>holds %1 lines below it that look like whole rows</source>
        <translation>包含了下面 %1 行看起来是完整数据行的内容</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/prebuilt.py" line="76"/>
        <source>the prebuilt index beside the folder was made with another model; embedding here</source>
        <translation>文件夹旁的预建索引是用另一个模型做的；在本机重新嵌入</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/prebuilt.py" line="118"/>
        <source>the prebuilt index beside the folder is damaged (%1); embedding here</source>
        <translation>文件夹旁的预建索引已损坏（%1）；在本机重新嵌入</translation>
    </message>
    <message>
        <location filename="../../assist/retrieval/prebuilt.py" line="163"/>
        <source>the prebuilt index beside the folder is older than the folder; what changed since is embedded here</source>
        <translation>文件夹旁的预建索引比文件夹旧；之后改动的内容在本机嵌入</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="61"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="63"/>
        <source>Agent Assist hit an unexpected error. It keeps running, but please copy the details below and send them to support.</source>
        <translation>客服助手遇到了意外错误。程序仍在运行，请复制下面的详细信息发给技术支持。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/shell/crash.py" line="65"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>DeskFeedback</name>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="178"/>
        <source>There is no feedback log yet: it fills as agents use the cards.</source>
        <translation>还没有反馈日志：客服使用卡片后才会记录。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="193"/>
        <source>The feedback log is off for this session: %1</source>
        <translation>本次会话的反馈日志已关闭：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/feedback.py" line="211"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="95"/>
        <source>Explaining…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="96"/>
        <source>Explaining, once the engine has finished its current work…</source>
        <translation>引擎完成当前任务后开始分析…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="104"/>
        <source>Explain failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="112"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="113"/>
        <source>Fused</source>
        <translation>融合分</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="114"/>
        <source>Matched words</source>
        <translation>匹配的词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="114"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="114"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="115"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="157"/>
        <source>shown</source>
        <translation>已显示</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="157"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="158"/>
        <source>below cut-off</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="158"/>
        <source>not shown</source>
        <translation>未显示</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="162"/>
        <source>strong</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="162"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="163"/>
        <source>weak</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="166"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="166"/>
        <source>General model</source>
        <translation>通用模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="167"/>
        <source>Shop model</source>
        <translation>店铺模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="174"/>
        <source>shown as card %1</source>
        <translation>显示为第 %1 张卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="176"/>
        <source>says the same as card %1, listed as one of its sources</source>
        <translation>与第 %1 张卡片内容相同，已列为其来源之一</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="179"/>
        <source>no card shown: the message does not read like a question for a shop (shop check %1 &lt; %2)</source>
        <translation>未显示卡片：这条消息不像是问店铺的问题（店铺判断 %1 &lt; %2）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="183"/>
        <source>no card shown: the message looks unanswered by this folder (gate %1 &lt; %2)</source>
        <translation>未显示卡片：知识库似乎无法回答此消息（门控 %1 &lt; %2）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="187"/>
        <source>no card shown: the best confidence is below the cut-off %1</source>
        <translation>未显示卡片：最高置信度低于阈值 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="190"/>
        <source>ranked too low to be given a confidence</source>
        <translation>排名太靠后，未计算置信度</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="193"/>
        <source>ranked below the %1 cards shown</source>
        <translation>排在已显示的 %1 张卡片之后</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="195"/>
        <source>generic reply</source>
        <translation>通用回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="196"/>
        <source>does not fit a complaint</source>
        <translation>不适合回应投诉</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="197"/>
        <source>product introduction</source>
        <translation>商品介绍</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="198"/>
        <source>; lowered as %1</source>
        <translation>；因%1被降权</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="201"/>
        <source>; compliance warning</source>
        <translation>；有合规提示</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="205"/>
        <source>Answered: cards are shown</source>
        <translation>已回答：显示了卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="206"/>
        <source>Not answered: no card is shown</source>
        <translation>未回答：没有显示卡片</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="207"/>
        <source>Cut-off %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="209"/>
        <source>gate %1 (needs %2)</source>
        <translation>门控 %1（需要 %2）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="211"/>
        <source>Channels: %1</source>
        <translation>检索通道：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="215"/>
        <source>Double-click a row to open its file at the line.</source>
        <translation>双击一行可在对应行打开文件。</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="75"/>
        <source>Facts behind the replies</source>
        <translation>回复依据</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/knowledge_panel.py" line="76"/>
        <source>Product and policy snippets that match appear here.</source>
        <translation>匹配的商品和政策资料会显示在这里。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="175"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="283"/>
        <source>another chat window</source>
        <translation>另一个聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="283"/>
        <source>another buyer</source>
        <translation>另一位买家</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="284"/>
        <source>after a pause</source>
        <translation>间隔较久</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="284"/>
        <source>another order number</source>
        <translation>另一个订单号</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="285"/>
        <source>started over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="287"/>
        <source>New conversation with %1</source>
        <translation>与 %1 的新对话</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="288"/>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="298"/>
        <source>There is no suggestion %1 to insert</source>
        <translation>没有第 %1 条建议回复可插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="312"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="373"/>
        <source>The message is about %1, where this shop does not sell: answer it yourself. (Where the shop sells: &apos;platforms&apos; in shop.yaml.)</source>
        <translation>这条消息说的是%1上的订单或服务，本店不在那里销售，请自行回复。（本店销售的平台见 shop.yaml 的 platforms。）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="377"/>
        <source>The message is about the buyer&apos;s own %1 account, which the shop cannot see or change: answer it yourself.</source>
        <translation>这条消息问的是买家自己的%1账号，店铺既看不到也改不了，请自行回复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="381"/>
        <source>This message does not read like a question for the shop (weather, homework, a favour...): answer it yourself.</source>
        <translation>这条消息看起来不是问店铺的问题（天气、作业、帮个忙……），请自行回复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="384"/>
        <source>The knowledge folder never mentions %1: the shop may not sell it. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>资料里没有提到%1，店里可能不卖。请自行回复，或把它补充到知识库。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="387"/>
        <source>No confident suggestion for this message. Answer it yourself, or check the facts below.</source>
        <translation>这条消息没有把握足够的建议回复。请自行回复，或参考下方资料。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="390"/>
        <source>No confident suggestion for this message, and no matching facts. Answer it yourself, or add it to the knowledge folder.</source>
        <translation>这条消息没有把握足够的建议回复，也没有匹配的资料。请自行回复，或把它补充到知识库。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="428"/>
        <source>Fill %1 in card %2 before inserting</source>
        <translation>插入前请先填写第 %2 张卡片中的 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="433"/>
        <source>Card %1 says what the marketplace rules forbid: insert again to send it anyway</source>
        <translation>第 %1 条回复含有平台规则禁止的说法：再按一次插入才会发送</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="443"/>
        <source>Copied — paste it into the chat</source>
        <translation>已复制，可粘贴到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="488"/>
        <source>Agent Assist</source>
        <translation>客服助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="489"/>
        <source>Reply assistant</source>
        <translation>回复助手</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="490"/>
        <source>Keep on top</source>
        <translation>窗口置顶</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="491"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="492"/>
        <source>Capture paused</source>
        <translation>读取已暂停</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="493"/>
        <source>The capture and insert hotkeys do nothing while paused. Click to resume.</source>
        <translation>暂停期间，读取和插入快捷键不起作用。点击恢复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="496"/>
        <source>Paste or type the buyer&apos;s message. Enter searches, Shift+Enter adds a line.</source>
        <translation>粘贴或输入买家消息。回车搜索，Shift+回车换行。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="503"/>
        <source>Suggested replies</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="504"/>
        <source>Suggested replies appear here</source>
        <translation>建议回复会显示在这里</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="583"/>
        <source>Saved for review in %1</source>
        <translation>已保存待审核：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="584"/>
        <source>This answer already waits for review</source>
        <translation>这条答案已在等待审核</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="622"/>
        <source>Trainer view: why these cards, answers waiting for review, report</source>
        <translation>培训视图：卡片排序原因、待审核答案、报表</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="624"/>
        <source>Save my reply as an answer…</source>
        <translation>把我的回复保存为答案…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/main_window.py" line="625"/>
        <source>Write the reply you send for this message; a trainer reviews it before it is suggested</source>
        <translation>写下您对这条消息的回复；培训师审核后才会作为建议出现</translation>
    </message>
</context>
<context>
    <name>PendingPanel</name>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="293"/>
        <source>%n answer(s) approved: they are suggestions from now on</source>
        <translation>
            <numerusform>已通过 %n 条答案：从现在起会作为建议出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="297"/>
        <source>%n answer(s) rejected</source>
        <translation>
            <numerusform>已拒绝 %n 条答案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="303"/>
        <source>Select the answers first.</source>
        <translation>请先选择答案。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="320"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="321"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="322"/>
        <source>Move the selected answers into resolutions/; they are suggestions from then on</source>
        <translation>把选中的答案移入 resolutions/；之后会作为建议出现</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="324"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="325"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/trainer.py" line="330"/>
        <source>%n answer(s) wait for review. Select rows, then approve or reject them; double-click opens the file.</source>
        <translation>
            <numerusform>有 %n 条答案等待审核。选中行后点击通过或拒绝；双击可打开文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="332"/>
        <source>No answers wait for review.</source>
        <translation>没有等待审核的答案。</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="78"/>
        <source>Knowledge problems</source>
        <translation>知识库问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="80"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="80"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="80"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/windows/problems.py" line="82"/>
        <source>%n problem(s) in the knowledge folder. Fix them in the files; changes load automatically.</source>
        <translation>
            <numerusform>知识库中有 %n 个问题。请在文件中修改，保存后会自动重新加载。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="84"/>
        <source>No problems in the knowledge folder.</source>
        <translation>知识库没有问题。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="85"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/problems.py" line="87"/>
        <source>Double-click a row to open its file at that line</source>
        <translation>双击一行可在对应行打开文件</translation>
    </message>
</context>
<context>
    <name>SaveAnswerDialog</name>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="56"/>
        <source>Save as answer</source>
        <translation>保存为答案</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="57"/>
        <source>Buyer&apos;s question</source>
        <translation>买家问题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="58"/>
        <source>Reply to propose</source>
        <translation>建议的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="59"/>
        <source>The reply you would send to this question</source>
        <translation>您会对这个问题发送的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/save_answer.py" line="60"/>
        <source>It waits in the knowledge folder&apos;s pending/ until a trainer approves it. Phone and order numbers, addresses and names are masked before it is saved.</source>
        <translation>答案会保存在知识库的 pending/ 中，等待培训师审核。保存前会隐去手机号、订单号、地址和姓名。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="93"/>
        <source>Knowledge folder</source>
        <translation>知识库文件夹</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="94"/>
        <source>Folder with product pages, policies and past replies. Empty uses the bundled sample.</source>
        <translation>存放商品页、店铺政策和历史回复的文件夹。留空则使用自带示例。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="99"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="100"/>
        <source>Sentence-embedding model. Empty uses the bundled model.</source>
        <translation>句向量模型。留空则使用自带模型。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="104"/>
        <source>Dock edge</source>
        <translation>停靠位置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="105"/>
        <source>Screen edge the sidebar sits against.</source>
        <translation>侧边栏停靠在屏幕的哪一侧。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="106"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="107"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="111"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="112"/>
        <source>Screen to dock on. Empty uses the primary screen.</source>
        <translation>停靠在哪个屏幕。留空则使用主屏幕。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="116"/>
        <source>Always on top</source>
        <translation>始终置顶</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="117"/>
        <source>Keep the sidebar above the chat window.</source>
        <translation>让侧边栏保持在聊天窗口上方。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="121"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="122"/>
        <source>Colours of the sidebar.</source>
        <translation>侧边栏的配色。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="123"/>
        <location filename="../../assist/ui/settings/model.py" line="131"/>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="124"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="125"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="129"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="130"/>
        <source>Language of the sidebar.</source>
        <translation>侧边栏的界面语言。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="136"/>
        <source>Capture hotkey</source>
        <translation>抓取快捷键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="137"/>
        <source>Reads the buyer&apos;s latest message from the chat window.</source>
        <translation>从聊天窗口读取买家的最新消息。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="141"/>
        <source>Insert hotkey</source>
        <translation>插入快捷键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="142"/>
        <source>Inserts the card you are editing, or else the best suggestion, into the chat window.</source>
        <translation>把正在编辑的卡片（没有则为最佳建议）插入聊天窗口。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="147"/>
        <source>Card hotkeys</source>
        <translation>卡片快捷键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="148"/>
        <source>These keys with a card&apos;s number (1-5) insert that card from the chat window.</source>
        <translation>在聊天窗口中按这些键加卡片编号（1-5），即可插入对应卡片。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="151"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="155"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="156"/>
        <source>How a reply addresses a buyer whose name is not known, in place of {买家}.</source>
        <translation>不知道买家昵称时，回复中 {买家} 用什么称呼代替。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="161"/>
        <source>New conversation after</source>
        <translation>间隔多久算新对话</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="162"/>
        <source>A capture after this long a pause starts a new conversation: no earlier message or detail carries over.</source>
        <translation>超过这段时间再读取消息，就开始新的对话：之前的消息和细节都不会带过去。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="168"/>
        <source>Paste keys</source>
        <translation>粘贴按键</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="169"/>
        <source>Keys sent to the chat window to paste a reply.</source>
        <translation>向聊天窗口发送哪个按键来粘贴回复。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="174"/>
        <source>Capture wait</source>
        <translation>读取等待时间</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="175"/>
        <source>How long the chat window may take to copy the selection.</source>
        <translation>聊天窗口复制选中文字最多可以用多长时间。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="180"/>
        <source>Clipboard restore delay</source>
        <translation>剪贴板恢复延迟</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="181"/>
        <source>Time a slow chat app gets to read a pasted reply before your own clipboard comes back.</source>
        <translation>粘贴回复后，给较慢的聊天软件留出读取时间，然后再恢复您原来的剪贴板内容。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="187"/>
        <source>Watch clipboard</source>
        <translation>监听剪贴板</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="188"/>
        <source>Search whenever text is copied in the chat window.</source>
        <translation>在聊天窗口复制文字时自动搜索。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="199"/>
        <source>Feedback log</source>
        <translation>反馈日志</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="200"/>
        <source>Keep a local log of which replies were used (personal data masked; it never leaves this PC unless exported).</source>
        <translation>在本机记录使用了哪些回复（个人信息已隐去；除非导出，不会离开这台电脑）。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="192"/>
        <source>Train the shop&apos;s model</source>
        <translation>训练本店模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/settings/model.py" line="193"/>
        <source>Train a search model on the knowledge folder on this PC, in the background. Off: a model shipped with the folder (or trained before) is still used.</source>
        <translation>在本机后台用知识库文件夹训练搜索模型。关闭时，仍会使用随文件夹提供（或之前训练好）的模型。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="136"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="145"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="150"/>
        <source>(Locked by your administrator.)</source>
        <translation>（已被管理员锁定。）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="156"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="157"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/settings_dialog.py" line="164"/>
        <source>Primary screen</source>
        <translation>主屏幕</translation>
    </message>
</context>
<context>
    <name>ShopModel</name>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="165"/>
        <source>The shop&apos;s model could not be loaded: %1</source>
        <translation>本店模型无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="196"/>
        <source>Too few question–reply pairs to train the shop&apos;s model: add past replies (question and reply columns) to the knowledge folder.</source>
        <translation>问答对太少，无法训练本店模型：请在知识库中补充历史回复（问题、回复两列）。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/service/shop_model.py" line="203"/>
        <source>The shop&apos;s model could not be trained: %1</source>
        <translation>本店模型训练失败：%1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../assist/ui/app.py" line="180"/>
        <source>Settings could not be saved: %1</source>
        <translation>设置无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="255"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../assist/ui/app.py" line="327"/>
        <source>Commands from &apos;assist capture&apos; will not reach this window.</source>
        <translation>“assist capture”等命令无法发送到此窗口。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="124"/>
        <source>%n snippet(s)</source>
        <translation>
            <numerusform>%n 条资料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="121"/>
        <source>Loading knowledge…</source>
        <translation>正在加载知识库…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="123"/>
        <source>Knowledge could not be loaded: %1</source>
        <translation>知识库无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="129"/>
        <source>keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="129"/>
        <source>general model</source>
        <translation>通用模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="130"/>
        <source>shop model</source>
        <translation>本店模型</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="138"/>
        <source>Ready: %1</source>
        <translation>可用：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="141"/>
        <source>No confident suggestion (searched: %1)</source>
        <translation>没有把握足够的建议（已用%1搜索）</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="142"/>
        <source>%1 answered</source>
        <translation>由%1作答</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="148"/>
        <source>indexing %1/%2…</source>
        <translation>正在建立索引 %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="150"/>
        <source>loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="152"/>
        <source>starting to train the shop&apos;s model…</source>
        <translation>准备训练本店模型…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="154"/>
        <source>training the shop&apos;s model %1/%2…</source>
        <translation>正在训练本店模型 %1/%2…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="157"/>
        <source>general model failed: %1</source>
        <translation>通用模型加载失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assist/ui/widgets/status_line.py" line="190"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/status_line.py" line="191"/>
        <source>Show problems found in the knowledge files</source>
        <translation>查看知识库文件中的问题</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="236"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="243"/>
        <source>Past reply</source>
        <translation>历史回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="244"/>
        <source>Product facts</source>
        <translation>商品资料</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="245"/>
        <source>Template</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="249"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="250"/>
        <source>Alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="254"/>
        <source>An alternative, less likely to be right (about %1%): check it before sending</source>
        <translation>备选回复，把握较低（约 %1%）：发送前请核对</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="256"/>
        <source>About %1% likely to be the right reply</source>
        <translation>约 %1% 的把握是合适的回复</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="258"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="261"/>
        <source>Send this reply to the chat window</source>
        <translation>把这条回复发送到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="263"/>
        <location filename="../../assist/ui/widgets/cards.py" line="273"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="265"/>
        <source>Fills {%1} in the reply</source>
        <translation>填入回复中的 {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="266"/>
        <source>Fill {%1}</source>
        <translation>填写 {%1}</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="274"/>
        <location filename="../../assist/ui/widgets/cards.py" line="325"/>
        <source>Save as answer</source>
        <translation>保存为答案</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="310"/>
        <source>absolute claim, banned by the advertising law</source>
        <translation>绝对化用语，广告法禁止</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="311"/>
        <source>takes the trade or payment off the platform</source>
        <translation>引导站外交易或付款</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="312"/>
        <source>a word the shop listed in compliance.txt</source>
        <translation>店铺在 compliance.txt 中列出的禁用词</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="316"/>
        <source>Check before sending: %1</source>
        <translation>发送前请检查：%1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="318"/>
        <source>Insert again to send it as it is.</source>
        <translation>再次插入即按原样发送。</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="326"/>
        <source>Save as answer: propose this reply, as you edited it, for a trainer to review</source>
        <translation>保存为答案：把这条回复（含您的修改）提交给培训师审核</translation>
    </message>
    <message>
        <location filename="../../assist/ui/widgets/cards.py" line="352"/>
        <source>+%1 similar</source>
        <translation>另有 %1 条相似</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="360"/>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="362"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="370"/>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="373"/>
        <source>Report saved to %1</source>
        <translation>报表已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="381"/>
        <source>Trainer view</source>
        <translation>培训视图</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="382"/>
        <source>Why these cards</source>
        <translation>卡片排序原因</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="383"/>
        <source>Pending answers</source>
        <translation>待审核答案</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="384"/>
        <source>Report…</source>
        <translation>报表…</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="385"/>
        <source>What the desk&apos;s feedback log says, as an Excel workbook with charts</source>
        <translation>把客服反馈日志汇总为带图表的 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="387"/>
        <source>Explain</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../assist/ui/windows/trainer.py" line="388"/>
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
