using System.Net;
using System.Net.Sockets;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>Whether an address is on the public internet, rather than loopback, private, link-local (cloud metadata) or otherwise reserved.</summary>
public static class PublicAddresses
{
    private static readonly (IPAddress Network, int Bits)[] ReservedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    public static bool Is(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !ReservedV4.Any(range => InRange(address, range.Network, range.Bits));
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var value = BitConverter.ToUInt32(address.GetAddressBytes().Reverse().ToArray());
        var start = BitConverter.ToUInt32(network.GetAddressBytes().Reverse().ToArray());
        var mask = uint.MaxValue << (32 - bits);
        return (value & mask) == (start & mask);
    }
}
