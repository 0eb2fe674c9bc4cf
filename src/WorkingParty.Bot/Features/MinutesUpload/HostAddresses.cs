using System.Net;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>What a host name resolves to. The DNS in production; a test gives names it cannot make the DNS answer.</summary>
public interface IHostAddresses
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

public sealed class DnsHostAddresses : IHostAddresses
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
