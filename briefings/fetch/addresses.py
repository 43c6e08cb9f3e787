"""Which addresses a fetch may reach, checked where the socket is opened.

The check sits in the network backend httpx connects through, so it runs after DNS
resolution, on every connection (each redirect hop included), and the socket goes to the
very address that was checked: a name that resolves to a public address for the check
and to a private one for the connect (DNS rebinding) gets no second lookup to exploit.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
from httpcore import AsyncNetworkBackend, AsyncNetworkStream

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Cloud metadata services that some providers place on ordinary-looking addresses.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200")
) | frozenset({ipaddress.ip_address("fd00:ec2::254")})


class AddressRefused(httpcore.ConnectError):
    """The host resolved to an address the fetcher must not reach."""

    def __init__(self, host: str, address: str, why: str) -> None:
        super().__init__(f"{host} resolves to {why} address {address}")
        self.host = host
        self.address = address
        self.why = why


def classify(address: IPAddress) -> str | None:
    """Why `address` is off limits ("private", "loopback", ...), or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address in METADATA_ADDRESSES:
        return "a cloud metadata"
    if address.is_loopback:
        return "a loopback"
    if address.is_link_local:
        return "a link-local"
    if address.is_unspecified:
        return "an unspecified"
    if address.is_multicast:
        return "a multicast"
    if address.is_private:
        return "a private"
    if not address.is_global:  # carrier-grade NAT, documentation and reserved ranges
        return "a non-public"
    return None


class GuardedBackend(AsyncNetworkBackend):
    """Resolve, check every address, then connect to one that passed (never re-resolving)."""

    def __init__(
        self,
        inner: AsyncNetworkBackend,
        *,
        allow_private: bool = False,
        allow_hosts: Iterable[str] = (),
    ) -> None:
        self._inner = inner
        self._allow_private = allow_private
        self._allow_hosts = frozenset(h.lower() for h in allow_hosts)

    async def _addresses(self, host: str, port: int) -> list[str]:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from exc
        found = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if self._allow_private or host.lower() in self._allow_hosts:
            return found
        for address in found:
            why = classify(ipaddress.ip_address(address.split("%", 1)[0]))
            if why is not None:
                # One bad address refuses the host: which one a connect picks is not ours.
                raise AddressRefused(host, address, why)
        return found

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> AsyncNetworkStream:
        addresses = await self._addresses(host, port)
        last: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        if last is not None:
            raise last
        raise httpcore.ConnectError(f"{host} has no address")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[Any] | None = None,
    ) -> AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
