using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.Secretariat;

public static class SecretariatRegistration
{
    /// <summary>
    /// Who belongs to the secretariat: <c>Secretariat:Members</c> (principal names looked up with the Teams member API), and
    /// the members of the team <c>Secretariat:TeamId</c> read with the Teams roster API. Also the proactive messenger the
    /// secretariat's features speak with.
    /// </summary>
    public static IServiceCollection AddSecretariatRoles(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SecretariatOptions.Section).Get<SecretariatOptions>() ?? new SecretariatOptions();
        services.AddSingleton(options);
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<PrincipalNames>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, PrincipalNamesMiddleware>();
        if (!string.IsNullOrWhiteSpace(options.TeamId))
        {
            services.AddSingleton<ITeamRoster, TeamsRoster>();
        }

        services.AddSingleton(sp => new SecretariatRoles(
            sp.GetRequiredService<SecretariatOptions>(), sp.GetService<ITeamRoster>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SecretariatRoles>>()));
        return services;
    }
}
