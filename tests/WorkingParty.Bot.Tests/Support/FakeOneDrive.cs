using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>
/// Stands in for the upload URL Teams gives a bot when a user allows a file (an upload session in their OneDrive): a loopback
/// server that takes PUTs and keeps each file, with the Content-Range it came with.
/// </summary>
public sealed class FakeOneDrive : IAsyncDisposable
{
    private readonly ConcurrentQueue<Upload> _uploads = new();
    private LoopbackHost? _host;

    /// <summary>The origin to list in <c>Exports:AllowedUploadOrigins</c>.</summary>
    public string Origin => _host!.BaseUrl;

    public IReadOnlyCollection<Upload> Uploads => _uploads;

    /// <summary>Where Teams would tell the bot to upload <paramref name="name"/>.</summary>
    public string UploadUrl(string name) => $"{Origin}/upload/{Uri.EscapeDataString(name)}?session=1";

    public static async Task<FakeOneDrive> StartAsync()
    {
        var drive = new FakeOneDrive();
        drive._host = await LoopbackHost.StartAsync(app => app.MapPut("/upload/{name}", async (string name, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            drive._uploads.Enqueue(new Upload(name, request.Headers.ContentRange.ToString(), body.ToArray()));
            return Results.Created($"/files/{name}", new { name, size = body.Length });
        }));
        return drive;
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;

    public sealed record Upload(string Name, string ContentRange, byte[] Content);
}
