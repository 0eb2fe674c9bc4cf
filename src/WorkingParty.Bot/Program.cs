using WorkingParty.Bot.Cli;
using WorkingParty.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWorkingPartyBot(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapBotMessages();
app.Run();
return 0;

/// <summary>Lets the integration tests start the real host in memory.</summary>
public partial class Program;
