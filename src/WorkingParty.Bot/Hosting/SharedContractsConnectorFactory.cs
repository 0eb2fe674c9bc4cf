using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// The SDK makes a new connector client for every turn, each with a new JSON contract resolver, so Newtonsoft
/// works out (and compiles accessors for) the contracts of every activity type again on every reply. A profile
/// of the turn benchmark put that at about an eighth of the bot's CPU. One shared resolver keeps them.
/// </summary>
public sealed class SharedContractsConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    private static readonly IContractResolver Contracts = new ReadOnlyJsonContractResolver();

    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
        client.SerializationSettings.ContractResolver = Contracts;
        client.DeserializationSettings.ContractResolver = Contracts;
        return client;
    }
}
