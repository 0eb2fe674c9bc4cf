using Microsoft.Bot.Builder;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.EchoBot;

public static class EchoBotProgram
{
    public static Task Main(string[] args) =>
        BotWebHost.Create(args, services => services.AddTransient<IBot, EchoBot>()).RunAsync();
}
