"""A picture someone sent to Matte on LINE, fetched from the data API.

LINE keeps what users send on its side; the bot gets it from
`GET {LINE_DATA_API_URL}/v2/bot/message/{messageId}/content` with its channel access token
(Messaging API reference, "Get content"), only for content LINE holds (`contentProvider.type` "line",
checked in translate.py). Anything that goes wrong (expired content, an error) makes the picture
`unavailable`, which the user is told.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApiBlob, Configuration
from linebot.v3.messaging.exceptions import ApiException

from bot.config import Settings
from bot.core.events import MAX_IMAGE_BYTES, ImageMessage

log = logging.getLogger(__name__)


async def fetch_image(settings: Settings, event: ImageMessage) -> ImageMessage:
    """The event with the picture's bytes, or with `fetch_problem` set."""
    configuration = Configuration(
        host=settings.line_data_api_url, access_token=settings.line_channel_access_token
    )
    try:
        async with AsyncApiClient(configuration) as client:
            data = bytes(await AsyncMessagingApiBlob(client).get_message_content(event.ref))
    except (ApiException, OSError, TimeoutError) as exc:
        log.warning("could not fetch a LINE picture: %s", type(exc).__name__)
        return replace(event, fetch_problem="unavailable")
    if len(data) > MAX_IMAGE_BYTES:
        return replace(event, fetch_problem="too_large")
    return replace(event, image=data, size=len(data))
