using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.Secretariat;

public static class SecretariatRegistration
{
    /// <summary>Who belongs to the secretariat: <c>Secretariat:Members</c>, and a team's members when an <see cref="ITeamRoster"/> is registered.</summary>
    public static IServiceCollection AddSecretariatRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(SecretariatOptions.Section).Get<SecretariatOptions>() ?? new SecretariatOptions());
        services.AddSingleton(sp => new SecretariatRoles(
            sp.GetRequiredService<SecretariatOptions>(), sp.GetService<ITeamRoster>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SecretariatRoles>>()));
        return services;
    }
}
