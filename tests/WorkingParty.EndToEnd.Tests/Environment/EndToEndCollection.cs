namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>The scenarios share one bot, two Playgrounds and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndEnvironment>
{
    public const string Name = "End to end";
}
