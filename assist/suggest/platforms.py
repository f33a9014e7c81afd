"""Messages about another marketplace or app: an order on 拼多多, a 美团 delivery, a 京东自营
after-sales case. The folder's replies are written for the shop's own orders, and such a
message reads much like them ("在pdd买的卫衣开线了" came up with the shop's seam-fault apology),
so the sidebar shows no card and says why instead."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Marketplaces and service apps a buyer may bring up, each with the ways buyers write it.
# The shop's own (ShopInfo.platforms) are left out at the call.
PLATFORMS: dict[str, tuple[str, ...]] = {
    "拼多多": ("拼多多", "拼夕夕", "pdd", "多多买菜"),
    "京东": ("京东", "jd"),
    "抖音": ("抖音", "抖店", "dy小店"),
    "快手": ("快手",),
    "闲鱼": ("闲鱼", "咸鱼"),
    "美团": ("美团",),
    "饿了么": ("饿了么",),
    "唯品会": ("唯品会",),
    "得物": ("得物",),
    "小红书": ("小红书",),
    "苏宁": ("苏宁",),
    "亚马逊": ("亚马逊", "amazon"),
    "当当": ("当当",),
    "微店": ("微店",),
    "淘宝": ("淘宝", "手淘"),
    "天猫": ("天猫",),
}

# "你家抖音店", "你们京东旗舰店": the shop's own store there, whatever the settings say.
_OURS = re.compile(r"(你们|你家|咱家|咱们|贵店)(的)?$")
# "京东快递", "美团配送": a courier or a way of delivering, not an order elsewhere.
_CARRIER = re.compile(r"^(快递|物流|配送|速运|小哥)")
# An order or a seller there, just after the name: the message is about that order even
# when it names one of the shop's products ("在pdd买的卫衣开线了", "京东自营的订单",
# "闲鱼上有人卖跟你家一样的保温杯").
_ORDER = re.compile(r"^.{0,4}?(买|下单|订单|单子|自营|卖|商家|卖家|店)")
# A price seen there: the buyer is bargaining, which the folder answers ("拼多多比你家便宜").
_PRICE = re.compile(r"便宜|贵|价|多少钱|优惠|活动|\d+\s*[块元]|[才卖要]\s*\d")


def other_platform(clauses: Iterable[str], own: Iterable[str], names_product: bool,
                   folder_uses: Callable[[str], bool]) -> str | None:
    """The other marketplace the message is about, or None. own: the platforms the shop
    sells on. A clause about an order or a seller there counts always. One that only
    mentions it counts when the message names none of the shop's products ("抖音上看到你家
    的羽绒服" does), speaks of no price ("拼多多比你家便宜") and the folder never writes it:
    "能发京东吗" asks about the courier the folder's shipping page names."""
    clauses = list(clauses)
    bargains = any(_PRICE.search(c) for c in clauses)
    own = {o.lower() for o in own}
    # the shop may write its platforms as buyers do ("pdd", "JD")
    spellings = [(name, s) for name, forms in PLATFORMS.items()
                 if not own & {name, *forms} for s in forms]
    for clause in clauses:
        lowered = clause.lower()
        for name, spelling in spellings:
            start = lowered.find(spelling)
            while start >= 0:
                end = start + len(spelling)
                if _means_there(lowered, start, end, spelling) and (
                        _ORDER.match(lowered[end:]) or not (
                            names_product or bargains
                            or any(map(folder_uses, PLATFORMS[name])))):
                    return name
                start = lowered.find(spelling, end)
    return None


def _means_there(text: str, start: int, end: int, spelling: str) -> bool:
    """The name at text[start:end] speaks of the marketplace: not the shop's own store there,
    nor a courier, nor letters inside a longer word."""
    return not ((spelling.isascii() and _latin_inside(text, start, end))
                or _OURS.search(text[max(0, start - 3):start])
                or _CARRIER.match(text[end:]))


def _latin_inside(text: str, start: int, end: int) -> bool:
    """"jd" inside "jdk", "pdd" inside an order number's letters: not the platform."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return any(c.isascii() and c.isalnum() for c in before + after)


# Trouble with the buyer's own account or wallet there, which no shop can see or change.
_ACCOUNT_TROUBLE = re.compile(
    r"被盗|盗号|登录|登陆|登不上|注册|密码|风控|实名|封号|解封|提现|验证码")
_ACCOUNT = re.compile(r"支付宝|花呗|借呗|余额宝|淘宝|手淘|微信|qq|抖音|账号|帐号", re.IGNORECASE)


def account_trouble(clauses: Iterable[str], folder_uses: Callable[[str], bool]) -> str | None:
    """The app whose account the message is about ("淘宝账号好像被盗了": 淘宝), or None. Only
    trouble the folder never writes about counts: a shop whose pages explain 注册 for its
    members answers that itself."""
    clauses = list(clauses)
    trouble = [m.group() for c in clauses for m in _ACCOUNT_TROUBLE.finditer(c)]
    if not any(not folder_uses(t) for t in trouble):
        return None
    apps = [m.group() for c in clauses for m in _ACCOUNT.finditer(c)]
    return apps[0] if apps else None
