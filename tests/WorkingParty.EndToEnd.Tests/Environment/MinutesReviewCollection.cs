namespace WorkingParty.EndToEnd.Tests.Environment;

/// <summary>The minutes review scenario: a bot of its own, whose only minutes are the ones the secretariat uploads.</summary>
[CollectionDefinition(Name)]
public sealed class MinutesReviewCollection : ICollectionFixture<MinutesReviewEnvironment>
{
    public const string Name = "Minutes review, end to end";
}
