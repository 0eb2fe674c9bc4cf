using WorkingParty.Bot.Bots;

namespace WorkingParty.Bot.Features.Questions;

public static class QuestionsRegistration
{
    /// <summary>Typed questions and the buttons that ask one (agenda items, suggestions, "show more", help).</summary>
    public static IServiceCollection AddQuestionsFeature(this IServiceCollection services)
    {
        services.AddSingleton<QuestionsFeature>();
        services.AddSingleton<IQuestionHandler>(sp => sp.GetRequiredService<QuestionsFeature>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<QuestionsFeature>());
        return services;
    }
}
