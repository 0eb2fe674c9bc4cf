using Microsoft.Extensions.Options;

namespace WorkingParty.Bot.Hosting.Settings;

public static class SettingsRegistration
{
    /// <summary>
    /// Binds the configuration section <paramref name="section"/> to <typeparamref name="T"/>, checked when the host starts
    /// (<see cref="SectionValidator{T}"/>): a bad value stops start-up with a message naming its key. The options are also
    /// registered as themselves, for the classes that take them.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
