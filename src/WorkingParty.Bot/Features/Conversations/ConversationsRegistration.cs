using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Comments;

namespace WorkingParty.Bot.Features.Conversations;

public static class ConversationsRegistration
{
    /// <summary>The conversation registry, kept up to date by a middleware of the web adapter.</summary>
    public static IServiceCollection AddConversationTracking(this IServiceCollection services)
    {
        services.AddSingleton<ConversationRegistry>();
        services.TryAddSingleton<DelegatePreferencesStore>();
        services.AddSingleton<DelegationLookup>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationTrackingMiddleware>();
        return services;
    }
}
