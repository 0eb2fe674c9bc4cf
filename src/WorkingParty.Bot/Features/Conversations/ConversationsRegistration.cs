using WorkingParty.Announcements.Conversations;

namespace WorkingParty.Bot.Features.Conversations;

public static class ConversationsRegistration
{
    /// <summary>The conversation registry, kept up to date by a middleware of the web adapter (after the comments feature, whose roster it reads).</summary>
    public static IServiceCollection AddConversationTracking(this IServiceCollection services)
    {
        services.AddSingleton<ConversationRegistry>();
        services.AddSingleton<DelegationLookup>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationTrackingMiddleware>();
        return services;
    }
}
