using System.Net;
using System.Net.Sockets;

namespace FeedHub.Fetching;

/// <summary>
/// Decides which addresses FeedHub may connect to. Loopback, private, link-local (cloud metadata lives at
/// 169.254.169.254), carrier-grade NAT, unspecified and multicast addresses are refused unless
/// <c>Fetch:AllowPrivateNetworks</c> is true.
/// </summary>
public static class NetworkGuard
{
    public const string SettingName = "Fetch:AllowPrivateNetworks";

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();

        if (IPAddress.IsLoopback(address))
            return false;

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0                                   // 0.0.0.0/8
                || b[0] == 10                                    // 10/8
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)    // 100.64/10 carrier-grade NAT
                || b[0] == 127                                   // 127/8
                || (b[0] == 169 && b[1] == 254)                  // link-local, cloud metadata
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)     // 172.16/12
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)       // 192.0.0/24 IETF protocol assignments
                || (b[0] == 192 && b[1] == 168)                  // 192.168/16
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))   // 198.18/15 benchmarking
                || b[0] >= 224);                                 // multicast and reserved
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
                return false;
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC);                       // fc00::/7 unique local
        }

        return false;
    }

    /// <summary>
    /// A quick check on the URL alone, before any DNS lookup: literal private addresses and `localhost`.
    /// The connect-time check after DNS resolution is the one that counts.
    /// </summary>
    public static string? RefuseUrl(Uri url, bool allowPrivateNetworks)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            return $"Only http and https URLs can be fetched, not '{url.Scheme}'.";
        if (allowPrivateNetworks)
            return null;
        var host = url.IdnHost.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return Refusal(host);
        if (IPAddress.TryParse(host, out var ip) && !IsPublic(ip))
            return Refusal(host);
        return null;
    }

    public static string Refusal(string hostOrAddress) =>
        $"Refused to connect to {hostOrAddress}: a loopback or private network address. Set {SettingName}=true to allow it.";
}

/// <summary>Thrown from the connect callback when every address of a host is refused.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);
