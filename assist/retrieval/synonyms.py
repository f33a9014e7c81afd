"""Words buyers and shops use for the same thing ("专票" and "增值税专用发票").

Keyword search only finds what is spelled alike, and buyers rarely spell things the way a
shop's pages do. Each group below is one concept; a query word in a group also searches for the
others. Trainers add their own groups in ``synonyms.txt`` in the knowledge folder, one group per
line, words separated by spaces or commas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

BUILT_IN = """
# invoices
专票 增值税专用发票 专用发票
普票 普通发票 电子发票 电子普通发票
发票 开票 开发票 票据
抬头 发票抬头
税号 纳税人识别号
# returns, refunds, exchanges
退货 退回 退掉 寄回 退了
退款 退钱 返款 钱退
换货 调换 换一件 换个 换码 换大 换小
运费险 退货险 运费保险
七天无理由 7天无理由 无理由退货
# delivery
快递 物流 快件 包裹 快递单
发货 出库 寄出 发出
催发货 催单 快点发 什么时候发
几天到 多久到 到货时间 几天能到 多久能到 送达
顺丰 sf
中通 zto
包邮 免运费 免邮 运费
偏远 新疆 西藏 港澳台
合并 一起发 合并发货 放一起
少发 漏发 缺件 少了一件 只到了
发错 寄错 发成 不是我要的
# sizes and fit
尺码 码数 尺寸 大小 几码 多大码 什么码 选码
偏大 大了 太大 松
偏小 小了 太小 紧
身高 个子 多高
体重 斤 公斤 kg
腰围 腰 裤腰
裤长 太长 拖地 长度
# materials, care, defects
面料 材质 成分 含量 什么料
纯棉 全棉 棉
机洗 洗衣机 机器洗
手洗 手搓
清洗 洗涤 洗 怎么洗
缩水 变小 洗小了
掉色 褪色 染色 串色
掉毛 钻绒 跑绒 漏绒
起球 毛球
色差 颜色不一样 颜色不对
瑕疵 破洞 小洞 破了 开线 脱线 线头 污渍 脏
质量问题 坏了 故障 失灵 瑕疵品 次品
不亮 不能亮 亮不了 不工作 没反应
闪 闪烁 频闪 一闪一闪
声音 噪音 吵 响
异味 味道 有味 气味 臭
漏水 渗水 漏
保温 保暖 保冷
防滑 打滑 滑
刻字 刻名字 定制
# stock, price, payment
现货 有货 库存 有没有货 缺货
颜色 色 什么色 配色
优惠券 优惠 券 满减 折扣 便宜
价保 保价 降价补差 差价 降价
改地址 修改地址 换地址 地址填错
花呗 分期
赠品 送的 小礼物
质保 保修 维修 修
说明书 怎么用 使用方法 用法
# chat
在吗 在不在 有人吗
客服 掌柜 店家 老板
"""

_SPLIT = re.compile(r"[\s,，、;；]+")


def parse_groups(lines: Iterable[str]) -> list[tuple[str, ...]]:
    groups = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        words = tuple(dict.fromkeys(w.lower() for w in _SPLIT.split(line) if w))
        if len(words) > 1:
            groups.append(words)
    return groups


def build_table(extra: Iterable[tuple[str, ...]] = ()) -> dict[str, tuple[str, ...]]:
    """word -> every other word of its groups."""
    table: dict[str, set[str]] = {}
    for group in [*parse_groups(BUILT_IN.splitlines()), *extra]:
        for word in group:
            table.setdefault(word, set()).update(w for w in group if w != word)
    return {word: tuple(sorted(others)) for word, others in table.items()}
