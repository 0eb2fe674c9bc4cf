using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkingParty.Bot.Routing;

public static class RouteRegistration
{
    /// <summary>
    /// Adds a feature's routes to the bot's one <see cref="RouteTable"/> (a conflict stops the start here), and registers
    /// each handler as a singleton unless the feature registered it already.
    /// </summary>
    public static IServiceCollection AddRoutes(this IServiceCollection services, Action<RouteTable> add)
    {
        var table = services.Select(service => service.ImplementationInstance).OfType<RouteTable>().SingleOrDefault();
        if (table is null)
        {
            table = new RouteTable();
            services.AddSingleton(table);
            services.AddSingleton<SecretariatGate>();
        }

        add(table);
        foreach (var handler in table.Buttons.Select(route => route.Handler).Concat(table.Commands.Select(route => route.Handler)))
        {
            services.TryAddSingleton(handler);
        }

        return services;
    }
}
