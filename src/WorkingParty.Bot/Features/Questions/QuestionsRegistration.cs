using WorkingParty.Bot.Hosting.Settings;
using WorkingParty.Cards.Calendar;

namespace WorkingParty.Bot.Features.Questions;

public static class QuestionsRegistration
{
    /// <summary>Typed questions, the buttons that ask one (agenda items, suggestions, "show more"), help, calendar files.</summary>
    public static IServiceCollection AddQuestionsFeature(this IServiceCollection services)
    {
        services.AddSettings<QuestionsOptions>(QuestionsOptions.Section);
        services.AddSingleton<RecentReplies>();
        services.AddSingleton<CalendarFileBuilder>();
        services.AddSingleton<QuestionsFeature>();
        services.AddSingleton<IQuestionHandler>(sp => sp.GetRequiredService<QuestionsFeature>());
        return services.AddRoutes(routes => routes
            .Button<OpenItem, QuestionsFeature>()
            .Button<Ask, QuestionsFeature>()
            .Button<ShowMore, QuestionsFeature>()
            .Button<ShowHelp, HelpFeature>()
            .Command<HelpFeature>(HelpFeature.Words));
    }
}
