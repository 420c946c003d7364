"""This month's LINE pushes as Matte counted them, beside the account's quota as LINE counts it.

LINE bills push messages per month (Japan time); the free plan allows a few hundred. Matte's own
count is what `MATTE_LINE_PUSH_LIMIT` is compared with; LINE's `/quota/consumption` also counts
pushes made elsewhere (the LINE Official Account Manager, another program), so both are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApi, Configuration
from linebot.v3.messaging.exceptions import ApiException

from bot.config import ConfigError, Settings
from bot.storage import line_pushes
from bot.storage.database import Store


@dataclass(frozen=True)
class Quota:
    month: str
    counted: int
    limit: int
    used: int
    quota: int | None
    """LINE's monthly target; None when the plan has none (`type: none`)."""

    def lines(self) -> list[str]:
        own = f"{self.counted} (MATTE_LINE_PUSH_LIMIT {self.limit or 'not set'})"
        plan = "no limit" if self.quota is None else str(self.quota)
        return [
            f"month (Japan time): {self.month}",
            f"pushes sent by Matte: {own}",
            f"LINE's count this month: {self.used} of {plan}",
        ]


async def fetch_quota(settings: Settings, store: Store) -> Quota:
    """Ask LINE for the quota and its consumption; read Matte's count from the database."""
    if not settings.line_channel_access_token:
        raise ConfigError("LINE_CHANNEL_ACCESS_TOKEN is not set")
    configuration = Configuration(host=settings.line_api_url, access_token=settings.line_channel_access_token)
    async with AsyncApiClient(configuration) as client:
        api = AsyncMessagingApi(client)
        try:
            quota = await api.get_message_quota()
            consumption = await api.get_message_quota_consumption()
        except ApiException as exc:
            if exc.status == 401:
                raise ConfigError("LINE refused LINE_CHANNEL_ACCESS_TOKEN") from None
            raise ConfigError(f"LINE answered {exc.status} ({exc.reason})") from None
    month = line_pushes.this_month()
    return Quota(
        month=month,
        counted=line_pushes.count(store.db, month),
        limit=settings.line_push_limit,
        used=consumption.total_usage,
        quota=quota.value if quota.type == "limited" else None,
    )
