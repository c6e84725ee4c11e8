"""活动经费: the team fund ledger in fen, the charity sale (义卖) with its donated items, and a
statement that balances (opening + income − expense = closing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import today as local_today
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.models import FUND_KINDS, CharitySale, FundEntry, SaleItem
from desktop.roster.models import Household

INCOME, EXPENSE = FUND_KINDS
FOR_SALE, SOLD, RETURNED = "待售", "已售", "退回"
SALE_CATEGORY = "义卖"


@dataclass(frozen=True)
class EntryRow:
    id: str
    on_day: date
    kind: str
    amount_fen: int
    category: str
    text: str
    author: str
    balance_fen: int = 0          # running balance after this entry (statements)

    @property
    def signed_fen(self) -> int:
        return self.amount_fen if self.kind == INCOME else -self.amount_fen


@dataclass(frozen=True)
class ItemRow:
    id: str
    name: str
    donor: str
    household_id: str | None
    asking_fen: int
    sale_fen: int | None
    state: str
    buyer: str


@dataclass
class SaleSummary:
    id: str
    name: str
    held_on: date
    place: str
    items: list[ItemRow] = field(default_factory=list)

    @property
    def asking_total_fen(self) -> int:
        return sum(i.asking_fen for i in self.items)

    @property
    def sold_total_fen(self) -> int:
        return sum(i.sale_fen or 0 for i in self.items if i.state == SOLD)

    def count(self, state: str) -> int:
        return sum(1 for i in self.items if i.state == state)


@dataclass
class FundStatement:
    team_name: str
    first: date
    last: date
    opening_fen: int
    entries: list[EntryRow]
    sales: list[SaleSummary]

    @property
    def income_fen(self) -> int:
        return sum(e.amount_fen for e in self.entries if e.kind == INCOME)

    @property
    def expense_fen(self) -> int:
        return sum(e.amount_fen for e in self.entries if e.kind == EXPENSE)

    @property
    def closing_fen(self) -> int:
        return self.opening_fen + self.income_fen - self.expense_fen

    @property
    def balances(self) -> bool:
        last = self.entries[-1].balance_fen if self.entries else self.opening_fen
        return last == self.closing_fen


def _check_amount(fen: int, field_name: str = "amount_fen") -> None:
    if not isinstance(fen, int) or fen <= 0:
        raise ValidationError({field_name: "金额必须大于 0"})
    if fen > 100_000_000:
        raise ValidationError({field_name: "金额太大"})


def add_entry(s: Session, actor: Actor, team_id: str, on_day: date, kind: str, amount_fen: int,
              category: str = "", text: str = "") -> str:
    common.team(s, actor, team_id, Perm.DUTY_MANAGE)
    if kind not in FUND_KINDS:
        raise ValidationError({"kind": "类别应为收入或支出"})
    _check_amount(amount_fen)
    if not text.strip() and not category.strip():
        raise ValidationError({"text": "请写明款项用途或来源"})
    e = FundEntry(team_id=team_id, on_day=on_day, kind=kind, amount_fen=amount_fen, category=category.strip(),
                  text=text.strip(), author=actor.display_name)
    s.add(e)
    s.flush()
    return e.id


def _entry_row(e: FundEntry, balance: int = 0) -> EntryRow:
    return EntryRow(e.id, e.on_day, e.kind, e.amount_fen, e.category, e.text, e.author, balance)


def list_entries(s: Session, actor: Actor, team_id: str, first: date | None = None,
                 last: date | None = None) -> list[EntryRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    q = select(FundEntry).where(FundEntry.team_id == team_id, FundEntry.deleted_at.is_(None))
    if first is not None:
        q = q.where(FundEntry.on_day >= first)
    if last is not None:
        q = q.where(FundEntry.on_day <= last)
    return [_entry_row(e) for e in s.scalars(q.order_by(FundEntry.on_day, FundEntry.created_at))]


def balance_fen(s: Session, actor: Actor, team_id: str, on: date | None = None) -> int:
    return sum(e.signed_fen for e in list_entries(s, actor, team_id, None, on))


# --- charity sale ------------------------------------------------------------------------------

def create_sale(s: Session, actor: Actor, team_id: str, name: str, held_on: date, place: str = "",
                notes: str = "") -> str:
    common.team(s, actor, team_id, Perm.DUTY_MANAGE)
    if not name.strip():
        raise ValidationError({"name": "请填写义卖名称"})
    sale = CharitySale(team_id=team_id, name=name.strip(), held_on=held_on, place=place.strip(), notes=notes)
    s.add(sale)
    s.flush()
    return sale.id


def _sale(s: Session, actor: Actor, sale_id: str, perm: Perm) -> CharitySale:
    sale = s.get(CharitySale, sale_id)
    if sale is None or sale.deleted_at is not None:
        raise NotFound("找不到这场义卖")
    common.team(s, actor, sale.team_id, perm)
    return sale


def _item(s: Session, actor: Actor, item_id: str) -> tuple[CharitySale, SaleItem]:
    item = s.get(SaleItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound("找不到这件义卖物品")
    return _sale(s, actor, item.sale_id, Perm.DUTY_MANAGE), item


def add_item(s: Session, actor: Actor, sale_id: str, name: str, asking_fen: int, *,
             household_id: str | None = None, donor: str = "") -> str:
    """A donated item, with the donating household (roster) or a donor written out."""
    sale = _sale(s, actor, sale_id, Perm.DUTY_MANAGE)
    if not name.strip():
        raise ValidationError({"name": "请填写物品名称"})
    _check_amount(asking_fen, "asking_fen")
    if household_id is not None:
        h = s.get(Household, household_id)
        if h is None:
            raise ValidationError({"household_id": "找不到捐赠的住户"})
        donor = donor.strip() or (h.address or h.room)
    if not donor.strip():
        raise ValidationError({"donor": "请填写捐赠住户"})
    item = SaleItem(sale_id=sale.id, name=name.strip(), household_id=household_id, donor=donor.strip(),
                    asking_fen=asking_fen)
    s.add(item)
    s.flush()
    return item.id


def sell_item(s: Session, actor: Actor, item_id: str, sale_fen: int, buyer: str = "",
              on_day: date | None = None) -> str:
    """Sold: the price goes into the fund as income (category 义卖). Returns the fund entry id."""
    sale, item = _item(s, actor, item_id)
    if item.state != FOR_SALE:
        raise UserError(msg("「{name}」已经{state}", name=item.name, state=item.state))
    _check_amount(sale_fen, "sale_fen")
    item.state, item.sale_fen, item.buyer = SOLD, sale_fen, buyer.strip()
    e = FundEntry(team_id=sale.team_id, on_day=on_day or sale.held_on, kind=INCOME, amount_fen=sale_fen,
                  category=SALE_CATEGORY, text=f"{sale.name}：{item.name}（{item.donor}捐）",
                  sale_item_id=item.id, author=actor.display_name)
    s.add(e)
    s.flush()
    return e.id


def return_item(s: Session, actor: Actor, item_id: str) -> None:
    """Not sold: handed back to the donating household."""
    _, item = _item(s, actor, item_id)
    if item.state != FOR_SALE:
        raise UserError(msg("「{name}」已经{state}", name=item.name, state=item.state))
    item.state = RETURNED


def sale_summary(s: Session, actor: Actor, sale_id: str) -> SaleSummary:
    sale = _sale(s, actor, sale_id, Perm.DUTY_VIEW)
    items = s.scalars(select(SaleItem).where(SaleItem.sale_id == sale.id, SaleItem.deleted_at.is_(None))
                      .order_by(SaleItem.created_at)).all()
    return SaleSummary(sale.id, sale.name, sale.held_on, sale.place,
                       [ItemRow(i.id, i.name, i.donor, i.household_id, i.asking_fen, i.sale_fen, i.state, i.buyer)
                        for i in items])


def list_sales(s: Session, actor: Actor, team_id: str) -> list[SaleSummary]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    ids = s.scalars(select(CharitySale.id).where(CharitySale.team_id == team_id, CharitySale.deleted_at.is_(None))
                    .order_by(CharitySale.held_on)).all()
    return [sale_summary(s, actor, i) for i in ids]


def statement(s: Session, actor: Actor, team_id: str, first: date, last: date | None = None) -> FundStatement:
    """Opening balance, every entry of the period with the running balance, closing balance."""
    team = common.team(s, actor, team_id, Perm.DUTY_VIEW)
    last = last or local_today()
    if last < first:
        raise ValidationError({"last": "结束日期不能早于开始日期"})
    all_entries = list_entries(s, actor, team_id, None, last)
    opening = sum(e.signed_fen for e in all_entries if e.on_day < first)
    rows, bal = [], opening
    for e in all_entries:
        if e.on_day >= first:
            bal += e.signed_fen
            rows.append(EntryRow(e.id, e.on_day, e.kind, e.amount_fen, e.category, e.text, e.author, bal))
    sales = [x for x in list_sales(s, actor, team_id) if first <= x.held_on <= last]
    return FundStatement(team.name, first, last, opening, rows, sales)
