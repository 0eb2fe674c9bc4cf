using Microsoft.Extensions.Time.Testing;
using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;
using WorkingParty.Storage;

namespace WorkingParty.Comments.Tests.Support;

/// <summary>
/// A comment service on a real store, with the deadlines of items 9 and 7 of the HWP (Cyber Issues)
/// meeting of 15 March 2017 (due 3 April and 29 March 2017) and a clock set a week before the first.
/// </summary>
public class CommentScenario
{
    public static readonly DeadlineInfo Item9 = new(
        "2017-03-15-hwp-cyber-issues/item-9-2017-04-03",
        new DateOnly(2017, 4, 3),
        "written comments on doc. 7130/17",
        ["7130/17"],
        "HWP (Cyber Issues), 15 March 2017");

    public static readonly DeadlineInfo Item7 = new(
        "2017-03-15-hwp-cyber-issues/item-7-2017-03-29",
        new DateOnly(2017, 3, 29),
        "comments on the cyber diplomacy toolbox",
        [],
        "HWP (Cyber Issues), 15 March 2017");

    public static readonly CommentAuthor Jana = new("29:1jana", "Jana Nováková");
    public static readonly CommentAuthor Piet = new("29:1piet", "Piet de Vries");
    public static readonly CommentAuthor Secretariat = new("29:1sec", "Council Secretariat");

    private CommentService? _service;

    public CommentScenario(IDocumentStore store)
    {
        Store = store;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2017, 3, 27, 10, 0, 0, TimeSpan.FromHours(2)));

    public IDocumentStore Store { get; }

    /// <summary>The scenario's service, made on first use (after <see cref="Options"/> is set).</summary>
    public CommentService Service => _service ??= NewService();

    public CommentsOptions Options { get; init; } = new();

    /// <summary>Another service on the same store, as after a restart or on a second instance.</summary>
    public CommentService NewService() => new(Store, new DeadlineCatalogStub(Item9, Item7), Options, Time);

    public Task<CommentResult> SubmitAsync(string text, string submissionId = "activity-1", CommentAuthor? author = null, string delegation = "CZ", string? document = null) =>
        Service.SubmitAsync(new CommentSubmission(submissionId, Item9.Id, delegation, author ?? Jana, text, document));

    public async Task<CommentResult.Accepted> SubmitAcceptedAsync(string text, string submissionId = "activity-1", CommentAuthor? author = null, string delegation = "CZ", string? document = null) =>
        Assert.IsType<CommentResult.Accepted>(await SubmitAsync(text, submissionId, author, delegation, document));

    /// <summary>Sets the clock to a local time in Brussels.</summary>
    public void SetBrusselsTime(DateTime local)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        Time.SetUtcNow(new DateTimeOffset(local, zone.GetUtcOffset(local)));
    }
}
