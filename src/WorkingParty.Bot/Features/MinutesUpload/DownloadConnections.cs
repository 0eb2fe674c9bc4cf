using System.Net;
using System.Net.Sockets;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// Opens the connections of the minutes download (its handler's ConnectCallback): resolves the host once, refuses a host
/// that resolves to a loopback, private or link-local address unless it is listed by name, and connects to the very
/// addresses it checked, so a DNS answer that changes between check and connect (rebinding) cannot slip through.
/// </summary>
public sealed class DownloadConnections(MinutesDownloadOptions options, IHostAddresses hosts)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await hosts.ResolveAsync(host, cancellationToken);
        if (!options.Origins.IsListedByName(context.InitialRequestMessage.RequestUri!)
            && addresses.FirstOrDefault(address => !PublicAddresses.Is(address)) is { } inside)
        {
            throw new DownloadRefusedException($"{host} resolves to {inside}, a loopback, private or link-local address, so it was not fetched");
        }

        SocketException? failure = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                failure = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw failure ?? new SocketException((int)SocketError.HostNotFound);
    }
}
