using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Hosting.Settings;

namespace WorkingParty.Bot.Features.Secretariat;

public static class SecretariatRegistration
{
    /// <summary>
    /// Who belongs to the secretariat: <c>Secretariat:Members</c> (principal names looked up with the Teams member API), and
    /// the members of the team <c>Secretariat:TeamId</c> read with the Teams roster API. Also the proactive messenger the
    /// secretariat's features speak with.
    /// </summary>
    public static IServiceCollection AddSecretariatRoles(this IServiceCollection services)
    {
        services.AddSettings<SecretariatOptions>(SecretariatOptions.Section);
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<PersonalChatMessenger>();
        services.AddSingleton<PrincipalNames>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, PrincipalNamesMiddleware>();
        services.AddSingleton<TeamsRoster>();
        services.AddSingleton(sp => new SecretariatRoles(
            sp.GetRequiredService<SecretariatOptions>(),
            string.IsNullOrWhiteSpace(sp.GetRequiredService<SecretariatOptions>().TeamId) ? null : sp.GetRequiredService<TeamsRoster>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SecretariatRoles>>()));
        return services;
    }
}
