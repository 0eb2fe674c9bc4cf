using WorkingParty.Bot.Bots;
using WorkingParty.Cards.Calendar;

namespace WorkingParty.Bot.Features.Questions;

public static class QuestionsRegistration
{
    /// <summary>Typed questions, the buttons that ask one (agenda items, suggestions, "show more", help), calendar files.</summary>
    public static IServiceCollection AddQuestionsFeature(this IServiceCollection services)
    {
        services.AddSingleton<QuestionsFeature>();
        services.AddSingleton<RecentReplies>();
        services.AddSingleton<CalendarFileBuilder>();
        services.AddSingleton<IQuestionHandler>(sp => sp.GetRequiredService<QuestionsFeature>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<QuestionsFeature>());
        return services;
    }
}
