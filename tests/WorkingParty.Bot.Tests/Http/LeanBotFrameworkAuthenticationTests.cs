using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Tests.Http;

public sealed class LeanBotFrameworkAuthenticationTests
{
    private readonly LeanBotFrameworkAuthentication _authentication =
        new(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task Connector_clients_for_proactive_messages_share_one_contract_resolver()
    {
        var anonymous = new ClaimsIdentity();
        using var first = (IDisposable)await _authentication.CreateConnectorFactory(anonymous).CreateAsync("http://127.0.0.1:9/", null, CancellationToken.None);
        using var second = (IDisposable)await _authentication.CreateConnectorFactory(anonymous).CreateAsync("http://127.0.0.1:9/", null, CancellationToken.None);

        var resolvers = new[] { first, second }.Cast<Microsoft.Bot.Connector.IConnectorClient>()
            .SelectMany(client => new[] { client.SerializationSettings.ContractResolver, client.DeserializationSettings.ContractResolver })
            .Distinct()
            .ToList();

        Assert.IsType<Microsoft.Rest.Serialization.ReadOnlyJsonContractResolver>(Assert.Single(resolvers));
    }
}
